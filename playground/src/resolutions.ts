import type { ProblemType } from '@assist/contract';

/** How an agent resolves each type of problem in the playground's "Agent resolves it": an outcome that fits what went wrong. */
export const AGENT_RESOLUTIONS = {
  item_not_received: { outcome: 'refunded', note: 'The carrier could not find the parcel; the order was refunded in full.' },
  wrong_item: { outcome: 'replacement_sent', note: 'The right item was sent; the wrong one can be kept.' },
  faulty_item: { outcome: 'replacement_sent', note: 'A working replacement was sent; the faulty item goes back free of charge.' },
  charged_twice: { outcome: 'refunded', note: 'The duplicate charge was refunded in full.' },
  unauthorized_purchase: { outcome: 'charge_reversed', note: 'The purchase was confirmed as not made by the shopper and reversed.' },
  return_not_registered: { outcome: 'return_registered', note: 'The store found the parcel and registered the return; the refund follows.' },
  other: { outcome: 'resolved', note: 'The store and the shopper agreed on a solution.' },
} as const satisfies Record<ProblemType, { outcome: string; note: string }>;
