import type { Attachment, Problem } from '@assist/contract';
import type { PlanRecord } from '../fixtures/orders.js';
import { isOpenProblem } from '../returns/pause.js';
import { problemInvestigation } from './rules.js';
import type { ProblemRecord } from './types.js';

/** The problem as the API answers it; while it is open, every instalment still to pay is paused. */
export function problemView(record: ProblemRecord, plan: PlanRecord | undefined, attachments: Attachment[] = []): Problem {
  const paused = isOpenProblem(record) && plan && !plan.cancelled ? plan.instalments.filter((i) => i.paidAt === null && i.amount > 0) : [];
  return {
    id: record.id,
    reference: record.reference,
    orderId: record.orderId,
    type: record.type,
    description: record.description,
    status: record.status,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    storeResponseDeadline: record.storeResponseDeadline,
    escalatedAt: record.escalatedAt,
    storeResponse: record.storeResponse ? { ...record.storeResponse } : null,
    timeline: record.timeline.map((t) => ({ ...t })),
    pausedInstalments: paused.map((i) => i.id),
    pausedAmount: { amount: paused.reduce((sum, i) => sum + i.amount, 0), currency: record.currency },
    disputeCode: record.disputeCode,
    returnId: record.returnId,
    resolution: record.resolution ? { ...record.resolution } : null,
    investigation: problemInvestigation(record),
    attachments,
  };
}
