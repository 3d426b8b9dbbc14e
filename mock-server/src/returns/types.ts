import type { AttachmentMeta } from '../attachments/service.js';
import type { RETURN_METHODS, RETURN_REASONS, ReturnStatus, TimelineNoteCode } from '@assist/contract';

/** One timeline entry as stored: a status the case moved to (or a change), when, and why. */
export interface TimelineRecord {
  status: string;
  at: string;
  note: string | null;
  /** The note as a code and its values, when the API wrote it (pages localize it). */
  code?: TimelineNoteCode;
  params?: Record<string, string>;
}

/** A note the API writes itself: English text, and the code and values pages localize it from. */
export interface CodedNote {
  text: string;
  code: TimelineNoteCode;
  params?: Record<string, string>;
}

export const RETURN_PAUSED_NOTE: CodedNote = { text: 'Payments are paused for the returned amount until the store registers the return', code: 'return_payments_paused' };
export const PROBLEM_PAUSED_NOTE: CodedNote = { text: 'Payments on this order are paused while we look into it', code: 'problem_payments_paused' };

/** The timeline fields of a note: plain text (a person's words) or a coded note. */
export const noteFields = (note: string | CodedNote | null): Pick<TimelineRecord, 'note' | 'code' | 'params'> =>
  note === null || typeof note === 'string' ? { note } : { note: note.text, code: note.code, ...(note.params ? { params: note.params } : {}) };

/** A returned line, with the name and unit price copied from the order when it was reported. */
export interface ReturnItemRecord {
  itemId: string;
  name: string;
  quantity: number;
  /** Minor units. */
  unitPrice: number;
}

export interface InvestigationRecord {
  openedAt: string;
  deadline: string;
  branch: 'delivered_not_received' | null;
  outcome: 'registered' | 'resend' | 'cancelled_without_penalty' | 'closed' | null;
  closedReason: string | null;
}

/** What registering the return did to the plan, kept as it was then (amounts in minor units). */
export interface RefundRecord {
  amount: number;
  fromInstalments: number;
  toShopper: number;
  fullyPaid: boolean;
  registeredAt: string;
  refundedOn: string;
  settlementFrom: string | null;
  expectedBy: string;
  instalments: {
    instalmentId: string;
    sequence: number;
    dueDate: string;
    paid: boolean;
    amount: number;
    reduction: number;
    newAmount: number;
  }[];
}

export interface ReturnRecord {
  id: string;
  reference: string;
  orderId: string;
  customerId: string;
  currency: string;
  status: ReturnStatus;
  items: ReturnItemRecord[];
  reason: (typeof RETURN_REASONS)[number];
  comment: string | null;
  method: (typeof RETURN_METHODS)[number];
  carrier: string | null;
  trackingNumber: string | null;
  createdAt: string;
  updatedAt: string;
  timeline: TimelineRecord[];
  investigation: InvestigationRecord | null;
  refund: RefundRecord | null;
  /** Files the shopper sent with the report (absent on returns reported before attachments). */
  attachments?: AttachmentMeta[];
}
