import type { Order, ProblemStatus } from '@assist/contract';
import type { PlanRecord } from '../fixtures/orders.js';
import { formatMoney, marketCalendar } from '../returns/calendar.js';
import { releasePause } from '../returns/pause.js';
import { noteFields, type CodedNote } from '../returns/types.js';
import type { ProblemRecord } from './types.js';

/** The transitions of a problem as plain functions on records (no store, no HTTP); each changes the record in place. */

export function moveTo(record: ProblemRecord, status: ProblemStatus, at: Date, note: string | CodedNote | null = null): void {
  record.status = status;
  record.updatedAt = at.toISOString();
  record.timeline.push({ status, at: at.toISOString(), ...noteFields(note) });
}

/** The store did not answer by the deadline: we take the case over. Recorded at the deadline. */
export function escalate(
  record: ProblemRecord,
  at: Date,
  note: string | CodedNote = { text: 'The store did not respond in time: we have taken over the case', code: 'store_no_response' },
): void {
  record.escalatedAt = at.toISOString();
  moveTo(record, 'escalated', at, note);
}

/** The store answered; `solved` when its answer settles the case (a refund, a replacement...), else we review it. */
export function storeResponds(record: ProblemRecord, at: Date, message: string, solved: boolean, plan: PlanRecord | undefined, order: Order): void {
  record.storeResponse = { at: at.toISOString(), message };
  if (solved) {
    finish(record, 'solved', { outcome: 'solved_by_store', note: message }, plan, order, at);
  } else {
    moveTo(record, 'investigating', at, `The store responded: ${message}`);
  }
}

/** Ends the problem (`solved` or `closed`) and resumes payments without penalty for the time they were paused. */
export function finish(
  record: ProblemRecord,
  status: 'solved' | 'closed',
  resolution: { outcome: string; note: string },
  plan: PlanRecord | undefined,
  order: Order,
  at: Date,
): void {
  const calendar = marketCalendar(order.market);
  const release = releasePause(plan, calendar.dateOf(record.createdAt), calendar.dateOf(at));
  record.resolution = { ...resolution, at: at.toISOString() };
  const resumed = [
    release.waivedFees > 0 ? `late fees of ${formatMoney(release.waivedFees, order.currency)} removed` : null,
    release.movedDueDates > 0 ? `${release.movedDueDates} payment${release.movedDueDates > 1 ? 's' : ''} given a new due date` : null,
  ].filter((p) => p !== null);
  moveTo(record, status, at, [resolution.note, resumed.length > 0 ? `Payments resume without penalty: ${resumed.join(', ')}` : null].filter((p) => p).join('. '));
}
