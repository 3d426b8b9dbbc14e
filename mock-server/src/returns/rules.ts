import { INVESTIGATION_AFTER_DAYS, INVESTIGATION_DEADLINE_DAYS, OPEN_RETURN_STATUSES, type ReturnEditableField, type ReturnStatus } from '@assist/contract';
import { DAY_MS } from '../clock.js';
import type { ReturnRecord } from './types.js';
import type { ProblemRecord } from '../problems/types.js';

/** Order statuses in which items can be returned. */
export const RETURNABLE_ORDER_STATUSES: readonly string[] = ['shipped', 'delivered', 'partially_confirmed'];

/** Days after a pause ends before instalments that fell due during it are due again. */
export const RESUME_GRACE_DAYS = 14;

/** Whether the return still holds part of the payment plan back. */
export const isOpenReturn = (record: Pick<ReturnRecord, 'status'>): boolean => (OPEN_RETURN_STATUSES as readonly ReturnStatus[]).includes(record.status);

/** When a return that is still not registered becomes an investigation. */
export const investigationDueAt = (record: Pick<ReturnRecord, 'createdAt'>): Date => new Date(Date.parse(record.createdAt) + INVESTIGATION_AFTER_DAYS * DAY_MS);

export const investigationDeadline = (openedAt: Date): Date => new Date(openedAt.getTime() + INVESTIGATION_DEADLINE_DAYS * DAY_MS);

/** An investigation that has not ended yet. */
export const hasOpenInvestigation = (record: Pick<ReturnRecord, 'status' | 'investigation'>): boolean =>
  record.status === 'investigation' && record.investigation !== null && record.investigation.outcome === null;

/**
 * What the shopper may change: everything until the parcel is on its way; then only the carrier and
 * tracking number (a correction, or a resend when the store never received the parcel); nothing once
 * the store has it.
 */
export function editableFields(record: Pick<ReturnRecord, 'status' | 'investigation'>): ReturnEditableField[] {
  if (record.status === 'reported') return ['items', 'method', 'carrier', 'trackingNumber'];
  if (record.status === 'in_transit' || hasOpenInvestigation(record)) return ['carrier', 'trackingNumber'];
  return [];
}

/** The shopper can cancel before sending the parcel, and without penalty when the store never received it. */
export const isCancellable = (record: Pick<ReturnRecord, 'status' | 'investigation'>): boolean =>
  record.status === 'reported' || (hasOpenInvestigation(record) && record.investigation!.branch === 'delivered_not_received');

/** Steps along the main path QA and agents can move a return to, and from which statuses. */
export const ADVANCE_FROM = {
  in_transit: ['reported'],
  received: ['reported', 'in_transit'],
  registered: ['reported', 'in_transit', 'received', 'investigation'],
  refunded: ['registered'],
} as const satisfies Record<string, readonly ReturnStatus[]>;
export type AdvanceTarget = keyof typeof ADVANCE_FROM;
export const ADVANCE_TARGETS = Object.keys(ADVANCE_FROM) as AdvanceTarget[];

/** Why a shopper's change is refused, in words for the error message. */
export function whyNotEditable(record: Pick<ReturnRecord, 'status'>, field: ReturnEditableField): string {
  switch (record.status) {
    case 'in_transit':
    case 'investigation':
      return `The parcel is already on its way: ${field === 'items' ? 'the items' : 'the return method'} can no longer be changed`;
    case 'received':
      return 'The store has received the parcel: the return can no longer be changed';
    case 'registered':
    case 'refunded':
      return 'The return is already registered and can no longer be changed';
    case 'cancelled':
      return 'The return was cancelled and can no longer be changed';
    default:
      return 'The return is closed and can no longer be changed';
  }
}

/** The job that applies an order's return and problem deadlines when they come due (deadlines.ts). */
export const CASE_DUE_JOB = 'case.due';
/** The key and group of an order's deadline job. */
export const caseDeadlineGroup = (orderId: string) => `case:${orderId}`;

/**
 * The next moment something changes by itself on an order, or null: a return not registered within
 * 21 days becomes an investigation, a registered refund settles, a problem the store did not answer in
 * time is escalated. The same rules as applyDueReturnTransitions and applyDueProblemTransitions.
 */
export function nextCaseDeadline(returns: readonly ReturnRecord[], problems: readonly ProblemRecord[]): number | null {
  const times: number[] = [];
  for (const record of returns) {
    if (isOpenReturn(record) && record.investigation === null) times.push(investigationDueAt(record).getTime());
    if (record.status === 'registered' && record.refund) times.push(Date.parse(record.refund.expectedBy));
  }
  for (const record of problems) if (record.status === 'awaiting_store') times.push(Date.parse(record.storeResponseDeadline));
  return times.length === 0 ? null : Math.min(...times);
}
