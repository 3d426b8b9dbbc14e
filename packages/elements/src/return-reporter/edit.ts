import type { Return } from '@assist/contract';
import { cancelReturn, updateReturn } from '@assist/contract/endpoints';
import type { Change, Host } from './context.js';
import { blank, lines, type Fields } from './draft.js';
import type { ReporterFlow } from './flow.js';
import type * as Rules from './return-reporter.rules.js';
import type { StatusAction } from './status/status.js';

export type Editing = Exclude<StatusAction, 'cancel' | 'close' | 'problem' | 'chat'>;

/**
 * What the shopper does from the status view: change the items, method or tracking of a return,
 * cancel it (after confirming), report a problem about a return that was never registered, ask for
 * a chat, follow the status of what they just reported or start again.
 */
export class ReturnEditor {
  /** What is being changed, or `confirm` while cancelling waits for the shopper's confirmation. */
  kind: Editing | undefined;
  /** The copy of the return's fields being changed. */
  fields: Fields = blank();
  readonly #host: Host;
  readonly #flow: ReporterFlow;

  constructor(host: Host, flow: ReporterFlow) {
    this.#host = host;
    this.#flow = flow;
  }

  act(action: StatusAction): void {
    const f = this.#flow;
    if (action === 'items' || action === 'method' || action === 'tracking') void this.#start(action);
    else if (action === 'cancel') void this.#cancel();
    else if (action === 'problem') void this.#reportProblem();
    else if (action === 'chat') this.#host.emit('assist-chat-request', { source: 'return-reporter' });
    else if (action === 'restart') this.#host.restart();
    else if (action === 'follow') {
      f.view = 'status';
      f.focus();
    } else {
      f.check.errors = {};
      f.net.failure = undefined;
      this.kind = action === 'confirm' ? 'confirm' : undefined;
      f.focus(this.kind ? 'eh' : 'h');
    }
  }

  async #start(kind: 'items' | 'method' | 'tracking'): Promise<void> {
    const f = this.#flow;
    const r = f.ret!;
    const fresh = kind === 'tracking' && r.status === 'investigation';
    this.fields = {
      ...blank(),
      items: Object.fromEntries(r.items.map((i) => [i.itemId, i.quantity])),
      method: r.method,
      carrier: fresh ? '' : (r.carrier ?? ''),
      tracking: fresh ? '' : (r.trackingNumber ?? ''),
    };
    f.check.errors = {};
    f.net.failure = undefined;
    if (kind === 'items' && !(await f.loadOrder(r.orderId))) return;
    this.kind = kind;
    f.focus('eh');
  }

  async save(event: Event): Promise<void> {
    event.preventDefault();
    const { check, net } = this.#flow;
    const r = this.#flow.ret!;
    const kind = this.kind;
    const e = this.fields;
    if (net.busy || !check.rules) return;
    let patch: Record<string, unknown>;
    const issues: Rules.Issue[] = [];
    if (kind === 'items') {
      patch = { items: lines(this.#flow.order, e) };
      issues.push(...check.over(e));
    } else if (kind === 'method') patch = { method: e.method };
    else {
      patch = { carrier: e.carrier.trim() || undefined, trackingNumber: e.tracking.trim() || undefined };
      if (!patch.trackingNumber) issues.push({ path: ['trackingNumber'], code: 'invalid_type', message: '' });
    }
    const parsed = check.rules.UpdateReturnRequest.safeParse(patch);
    if (!parsed.success) issues.unshift(...(parsed.error.issues as Rules.Issue[]));
    check.errors = {};
    if (issues.length) return check.show(issues);
    const updated = await net.run(() => net.api.call(updateReturn, { params: { id: r.id }, body: parsed.data! }));
    if (updated) this.#updated(updated, kind as Change);
  }

  async #cancel(): Promise<void> {
    const net = this.#flow.net;
    const updated = await net.run(() => net.api.call(cancelReturn, { params: { id: this.#flow.ret!.id }, body: {} }));
    if (updated) this.#updated(updated, 'cancel');
  }

  #updated(r: Return, change: Change): void {
    const f = this.#flow;
    f.ret = r;
    this.kind = undefined;
    this.#host.emit('assist-return-updated', { returnId: r.id, reference: r.reference, status: r.status, change });
    f.announce(f.t(change === 'cancel' ? 'cancelled' : 'updated'));
    f.focus();
  }

  /** From a return that was never registered to a problem report about it. */
  async #reportProblem(): Promise<void> {
    const f = this.#flow;
    const h = this.#host;
    const r = f.ret!;
    h.mode = 'problem';
    f.draft.reset({ orderId: r.orderId, type: 'return_not_registered', returnId: r.id });
    f.ret = h.returnId = undefined;
    f.view = 'form';
    if (await f.loadOrder(r.orderId)) f.go('details');
  }
}
