import type { ProblemStatus, ProblemType } from '@assist/contract';
import type { TimelineRecord } from '../returns/types.js';
import type { AttachmentMeta } from '../attachments/service.js';

export interface ProblemRecord {
  id: string;
  reference: string;
  orderId: string;
  customerId: string;
  currency: string;
  type: ProblemType;
  description: string;
  status: ProblemStatus;
  createdAt: string;
  updatedAt: string;
  storeResponseDeadline: string;
  escalatedAt: string | null;
  storeResponse: { at: string; message: string } | null;
  timeline: TimelineRecord[];
  disputeCode: string | null;
  returnId: string | null;
  resolution: { outcome: string; note: string; at: string } | null;
  /** Files the shopper sent with the report (absent on problems reported before attachments). */
  attachments?: AttachmentMeta[];
}
