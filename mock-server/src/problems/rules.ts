import { DISPUTE_CODES, STORE_RESPONSE_DAYS, type ProblemStatus, type ProblemType } from '@assist/contract';
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
