import { DISPUTE_CODES, PROBLEM_INVESTIGATION_DAYS, STORE_RESPONSE_DAYS, type ProblemStatus, type ProblemType } from '@assist/contract';
import type { ProblemRecord } from './types.js';
import { DAY_MS } from '../clock.js';

/**
 * The store has `STORE_RESPONSE_DAYS` calendar days to answer (the domain notes give no business-day
 * figure for this), counted from the moment the problem is reported.
 */
export const storeResponseDeadline = (reportedAt: Date): Date => new Date(reportedAt.getTime() + STORE_RESPONSE_DAYS * DAY_MS);

/** The dispute code logged for problems about the payment itself; null for the others. */
export const disputeCodeFor = (type: ProblemType): string | null => (DISPUTE_CODES as Partial<Record<ProblemType, string>>)[type] ?? null;

/** Where each step can be taken from. */
export const PROBLEM_MOVES = {
  /** The store answers (late answers to an escalated case count too). */
  store_responded: ['awaiting_store', 'escalated'],
  escalated: ['awaiting_store'],
  solved: ['open', 'awaiting_store', 'escalated', 'investigating'],
  closed: ['open', 'awaiting_store', 'escalated', 'investigating'],
} as const satisfies Record<string, readonly ProblemStatus[]>;

export const canMove = (status: ProblemStatus, move: keyof typeof PROBLEM_MOVES): boolean => (PROBLEM_MOVES[move] as readonly ProblemStatus[]).includes(status);

/**
 * The problem's investigation: opened the first time the case was escalated or went to
 * `investigating` (read from the timeline, so records saved before it was shown have it too), and
 * answered within PROBLEM_INVESTIGATION_DAYS, like a return's. Null while the store still has the case.
 */
export function problemInvestigation(record: Pick<ProblemRecord, 'timeline'>): { openedAt: string; deadline: string } | null {
  const opened = record.timeline.find((t) => t.status === 'escalated' || t.status === 'investigating');
  if (!opened) return null;
  return { openedAt: opened.at, deadline: new Date(Date.parse(opened.at) + PROBLEM_INVESTIGATION_DAYS * DAY_MS).toISOString() };
}
