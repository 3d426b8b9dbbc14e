import * as z from 'zod/mini';
import { IsoDateTime, Text, prefixedId } from './common.js';
import { InstalmentId, OrderId } from './orders.js';
import { TimelineEntry } from './returns.js';

export const ProblemId = prefixedId('prb');
export const PROBLEM_TYPES = [
  'item_not_received',
  'wrong_item',
  'faulty_item',
  'charged_twice',
  'unauthorized_purchase',
  'return_not_registered',
  'other',
] as const;
export const PROBLEM_STATUSES = ['open', 'awaiting_store', 'escalated', 'investigating', 'solved', 'closed'] as const;

export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'] as const;
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Metadata of a file the shopper attaches; the reference API never stores file content. */
export const Evidence = z.strictObject({
  fileName: z.string().check(
    z.trim(),
    z.regex(/^[^\\/:*?"<>|\u0000-\u001f]{1,120}$/, 'must be a file name of at most 120 characters'),
  ),
  size: z.int().check(z.minimum(1), z.maximum(MAX_EVIDENCE_BYTES, 'must be at most 10 MB')),
  contentType: z.enum(EVIDENCE_TYPES, { message: 'must be a JPEG, PNG, HEIC image or a PDF' }),
});

export const CreateProblemRequest = z.strictObject({
  orderId: OrderId,
  type: z.enum(PROBLEM_TYPES),
  description: Text(2000, 10),
  evidence: z.optional(z.array(Evidence).check(z.maxLength(5, 'attach at most 5 files'))),
});
export type CreateProblemRequest = z.infer<typeof CreateProblemRequest>;

export const Problem = z.object({
  id: ProblemId,
  reference: z.string(),
  orderId: OrderId,
  type: z.enum(PROBLEM_TYPES),
  description: z.string(),
  status: z.enum(PROBLEM_STATUSES),
  evidence: z.array(Evidence),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The store must answer by then, or the case is escalated to us. */
  storeResponseDeadline: IsoDateTime,
  timeline: z.array(TimelineEntry),
  pausedInstalments: z.array(InstalmentId),
  resolution: z.nullable(z.object({ outcome: z.string(), note: z.string(), at: IsoDateTime })),
});
export type Problem = z.infer<typeof Problem>;
export const ProblemParams = z.object({ id: ProblemId });
