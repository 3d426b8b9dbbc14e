import type { RETURN_METHODS, RETURN_REASONS, ReturnStatus } from '@assist/contract';

/** One timeline entry as stored: a status the case moved to (or a change), when, and why. */
export interface TimelineRecord {
  status: string;
  at: string;
  note: string | null;
}

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
}
