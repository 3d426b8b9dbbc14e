import type { Return } from '@assist/contract';
import { cancelReturn, updateReturn } from '@assist/contract/endpoints';
import type { Change } from './context.js';
import { blank, lines } from './draft.js';
import type { ReporterFlow } from './flow.js';
import { run } from './request.js';
import type * as Rules from './return-reporter.rules.js';
import type { StatusAction } from './status/status.js';

/**
 * What the shopper does from the status view: change the items, method or tracking of a return,
 * cancel it (after confirming), report a problem about a return that was never registered, ask for
 * a chat, follow the status of what they just reported or start again. The flow keeps what is being
 * changed (`editing`) and the copy of the return's fields being edited (`changes`).
 */

export type Editing = Exclude<StatusAction, 'cancel' | 'close' | 'problem' | 'chat'>;

export function act(f: ReporterFlow, action: StatusAction): void {
  if (action === 'items' || action === 'method' || action === 'tracking') void start(f, action);
  else if (action === 'cancel') void cancel(f);
  else if (action === 'problem') void reportProblem(f);
  else if (action === 'chat') f.host.emit('assist-chat-request', { source: 'return-reporter' });
  else if (action === 'restart') f.host.restart();
  else if (action === 'follow') {
    f.view = 'status';
    f.focus();
  } else {
    f.check.errors = {};
    f.error = undefined;
    f.editing = action === 'confirm' ? 'confirm' : undefined;
    f.focus(f.editing ? 'eh' : 'h');
  }
}

async function start(f: ReporterFlow, kind: 'items' | 'method' | 'tracking'): Promise<void> {
  const r = f.ret!;
  const fresh = kind === 'tracking' && r.status === 'investigation';
  f.changes = {
    ...blank(),
    items: Object.fromEntries(r.items.map((i) => [i.itemId, i.quantity])),
    method: r.method,
    carrier: fresh ? '' : (r.carrier ?? ''),
    tracking: fresh ? '' : (r.trackingNumber ?? ''),
  };
  f.check.errors = {};
  f.error = undefined;
  // The form of a change shows with the contract's rules (the methods it offers, its checks).
  if ((kind === 'items' && !(await f.loadOrder(r.orderId))) || !(await f.check.load())) return;
  f.editing = kind;
  f.focus('eh');
}

/** Sends the change being edited, checked with the contract's rules first. */
export async function save(f: ReporterFlow, event: Event): Promise<void> {
  event.preventDefault();
  const e = f.changes;
  const kind = f.editing;
  if (f.busy || !f.check.rules) return;
  let patch: Record<string, unknown>;
  const issues: Rules.Issue[] = [];
  if (kind === 'items') {
    patch = { items: lines(f.order, e) };
    issues.push(...f.check.over(e));
  } else if (kind === 'method') patch = { method: e.method };
  else {
    patch = { carrier: e.carrier.trim() || undefined, trackingNumber: e.tracking.trim() || undefined };
    if (!patch.trackingNumber) issues.push({ path: ['trackingNumber'], code: 'invalid_type', message: '' });
  }
  const parsed = f.check.rules.UpdateReturnRequest.safeParse(patch);
  if (!parsed.success) issues.unshift(...(parsed.error.issues as Rules.Issue[]));
  f.check.show(issues);
  if (issues.length) return;
  const updated = await run(f, () => f.api.call(updateReturn, { params: { id: f.ret!.id }, body: parsed.data! }));
  if (updated) changed(f, updated, kind as Change);
}

async function cancel(f: ReporterFlow): Promise<void> {
  const updated = await run(f, () => f.api.call(cancelReturn, { params: { id: f.ret!.id }, body: {} }));
  if (updated) changed(f, updated, 'cancel');
}

function changed(f: ReporterFlow, r: Return, change: Change): void {
  f.ret = r;
  f.editing = undefined;
  f.host.emit('assist-return-updated', { returnId: r.id, reference: r.reference, status: r.status, change });
  f.announce(f.t(change === 'cancel' ? 'cancelled' : 'updated'));
  f.focus();
}

/** From a return that was never registered to a problem report about it. */
async function reportProblem(f: ReporterFlow): Promise<void> {
  const r = f.ret!;
  f.host.mode = 'problem';
  f.draft.reset({ orderId: r.orderId, type: 'return_not_registered', returnId: r.id });
  f.files?.clear();
  f.ret = f.host.returnId = undefined;
  f.view = 'form';
  if ((await f.loadOrder(r.orderId)) && (await f.check.load())) f.go('details');
}
