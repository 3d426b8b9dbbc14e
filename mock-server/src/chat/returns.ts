import type { Deps } from '../deps.js';
import { listOrderReturns } from '../returns/service.js';
import type { ReturnInfo } from './assistant.js';

/** An order's returns as the returns service shows them (with transitions that came due applied), for the assistant. */
export function returnsReader(deps: Deps): (orderId: string) => Promise<ReturnInfo[]> {
  return async (orderId) =>
    (await listOrderReturns(deps, null, orderId)).map((r) => ({
      id: r.id,
      reference: r.reference,
      orderId: r.orderId,
      status: r.status,
      refund: r.refund ? { amount: r.refund.amount, expectedBy: r.refund.expectedBy, sentOn: r.refund.refundedOn } : null,
    }));
}
