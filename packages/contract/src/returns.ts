import * as z from 'zod/mini';
import { IsoDate, IsoDateTime, Money, Text, prefixedId } from './common.js';
import { InstalmentId, OrderId } from './orders.js';
import { Attachment, AttachmentIds } from './attachments.js';

export const ReturnId = prefixedId('ret');

export const RETURN_REASONS = ['changed_mind', 'wrong_size', 'damaged', 'not_as_described', 'arrived_late', 'other'] as const;
export const RETURN_METHODS = ['drop_off', 'pickup', 'in_store'] as const;
/**
 * reported → in_transit → received → registered → refunded; a return not registered within 21 days
 * of reporting goes to `investigation`, which ends registered, resent (back to `in_transit`),
 * `cancelled` (without penalty) or `closed`. A reported return can also be `cancelled` by the shopper.
 */
export const RETURN_STATUSES = ['reported', 'in_transit', 'received', 'registered', 'refunded', 'investigation', 'cancelled', 'closed'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
/** Statuses in which the return is still open: the payment plan stays paused for its amount. */
export const OPEN_RETURN_STATUSES = ['reported', 'in_transit', 'received', 'investigation'] as const satisfies readonly ReturnStatus[];
/** Fields of a return the shopper can change, depending on its status. */
export const RETURN_EDITABLE_FIELDS = ['items', 'method', 'carrier', 'trackingNumber'] as const;
export type ReturnEditableField = (typeof RETURN_EDITABLE_FIELDS)[number];
/** A return not registered this many days after it was reported becomes an investigation. */
export const INVESTIGATION_AFTER_DAYS = 21;
/** An investigation is answered within this many days of opening. */
export const INVESTIGATION_DEADLINE_DAYS = 14;

export const TrackingNumber = z
  .string()
  .check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9-]{6,40}$/, 'must be the tracking number from the carrier (6 to 40 letters, digits or -)'));

export const ReturnItemRequest = z.strictObject({
  itemId: prefixedId('itm'),
  quantity: z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(999)),
});

export const CreateReturnRequest = z.strictObject({
  orderId: OrderId,
  items: z.array(ReturnItemRequest).check(z.minLength(1, 'choose at least one item'), z.maxLength(100)),
  reason: z.enum(RETURN_REASONS),
  comment: z.optional(Text(1000)),
  method: z.enum(RETURN_METHODS),
  carrier: z.optional(Text(60)),
  trackingNumber: z.optional(TrackingNumber),
  /** Photos or receipts uploaded first (`POST /v1/attachments`), by id. */
  attachments: z.optional(AttachmentIds),
});
export type CreateReturnRequest = z.infer<typeof CreateReturnRequest>;

export const UpdateReturnRequest = z
  .strictObject({
    items: z.optional(CreateReturnRequest.def.shape.items),
    method: z.optional(z.enum(RETURN_METHODS)),
    carrier: z.optional(Text(60)),
    trackingNumber: z.optional(TrackingNumber),
  })
  .check(z.refine((v) => Object.keys(v).length > 0, { message: 'change at least one field' }));
export type UpdateReturnRequest = z.infer<typeof UpdateReturnRequest>;

/** Cancelling is possible while the return is reported, or in an investigation of a parcel the store never got. */
export const CancelReturnRequest = z.strictObject({
  reason: z.optional(Text(500)),
});
export type CancelReturnRequest = z.infer<typeof CancelReturnRequest>;

/**
 * What a timeline note says, for pages that show it in the shopper's language: the API writes its
 * notes in English (`note`); the ones it makes itself also carry a code and its parameters.
 * Notes written by people (a store's answer, an agent's reason) have no code.
 */
export const TIMELINE_NOTE_CODES = [
  'return_payments_paused',
  'problem_payments_paused',
  'store_asked',
  'store_no_response',
  'handed_to_carrier',
  'parcel_on_its_way',
  'parcel_received',
] as const;
export type TimelineNoteCode = (typeof TIMELINE_NOTE_CODES)[number];

export const TimelineEntry = z.object({
  status: z.string(),
  at: IsoDateTime,
  note: z.nullable(z.string()),
  /** The note as a code, when the API wrote it (see TIMELINE_NOTE_CODES). */
  code: z.optional(z.enum(TIMELINE_NOTE_CODES)),
  /** The values the note names: `merchant` (the store's name), `date` (YYYY-MM-DD), `carrier`. */
  params: z.optional(z.record(z.string(), z.string())),
});

/** What a return does to one instalment (see `applyReturnToPlan` in plan-math). */
export const InstalmentChange = z.object({
  instalmentId: InstalmentId,
  sequence: z.int(),
  dueDate: IsoDate,
  paid: z.boolean(),
  /** The amount before the return. */
  amount: Money,
  /** Held back while the return is open: not collected, no late fees. Zero once the return is registered. */
  paused: Money,
  /** Taken off this instalment when the return is registered. */
  reduction: Money,
  /** The amount after the return. */
  newAmount: Money,
});
export type InstalmentChange = z.infer<typeof InstalmentChange>;

/** "The payment plan after the return": the returned amount comes off the remaining instalments equally. */
export const PlanAdjustment = z.object({
  /** Value of the returned items. */
  returnAmount: Money,
  /** Taken off the remaining instalments. */
  fromInstalments: Money,
  /** Paid back to the shopper (instalments already paid). */
  toShopper: Money,
  /** Every instalment was already paid: the whole amount is paid back. */
  fullyPaid: z.boolean(),
  instalments: z.array(InstalmentChange),
  /** Business days a refund to the shopper takes to arrive once issued. */
  settlementBusinessDays: z.object({ min: z.int(), max: z.int() }),
});
export type PlanAdjustment = z.infer<typeof PlanAdjustment>;

export const ReturnLine = z.object({ itemId: z.string(), name: z.string(), quantity: z.int(), amount: Money });

export const Return = z.object({
  id: ReturnId,
  /** What the shopper quotes to support, e.g. `R-7K3M9Q`. */
  reference: z.string(),
  orderId: OrderId,
  status: z.enum(RETURN_STATUSES),
  items: z.array(ReturnLine),
  amount: Money,
  reason: z.enum(RETURN_REASONS),
  comment: z.nullable(z.string()),
  method: z.enum(RETURN_METHODS),
  carrier: z.nullable(z.string()),
  trackingNumber: z.nullable(z.string()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Every status the return went through, oldest first, plus changes the shopper made. */
  timeline: z.array(TimelineEntry),
  /** Instalments paused while the return is open. */
  pausedInstalments: z.array(InstalmentId),
  /** What the return does to the payment plan; null when it was cancelled or closed without effect. */
  plan: z.nullable(PlanAdjustment),
  /** When an investigation opens if the return is not registered by then (open returns only). */
  investigationOpensAt: z.nullable(IsoDateTime),
  investigation: z.nullable(
    z.object({
      openedAt: IsoDateTime,
      deadline: IsoDateTime,
      branch: z.nullable(z.enum(['delivered_not_received'])),
      outcome: z.nullable(z.enum(['registered', 'resend', 'cancelled_without_penalty', 'closed'])),
      closedReason: z.nullable(z.string()),
    }),
  ),
  /** Set when the return is registered. */
  refund: z.nullable(
    z.object({
      /** The whole returned amount. */
      amount: Money,
      /** Taken off the remaining instalments on `refundedOn`. */
      fromInstalments: Money,
      /** Paid back to the shopper on `refundedOn`. */
      toShopper: Money,
      /** The refund date. */
      refundedOn: IsoDate,
      /** Earliest day money paid back can reach the shopper's account; null when nothing is paid back. */
      settlementFrom: z.nullable(IsoDate),
      /** When the refund is complete (money in the account at the latest). */
      expectedBy: IsoDateTime,
    }),
  ),
  /** Whether anything (see `editableFields`) may still be changed. */
  editable: z.boolean(),
  editableFields: z.array(z.enum(RETURN_EDITABLE_FIELDS)),
  /** Whether the shopper can cancel the return now. */
  cancellable: z.boolean(),
  /** Files the shopper sent with the report, each with a fresh signed url. */
  attachments: z.array(Attachment),
});
export type Return = z.infer<typeof Return>;
export const ReturnParams = z.object({ id: ReturnId });
export const ReturnsResponse = z.object({ returns: z.array(Return) });

/** What reporting these items would do, without reporting them (`POST /v1/returns/preview`). */
export const ReturnPreview = z.object({
  orderId: OrderId,
  items: z.array(ReturnLine),
  amount: Money,
  /** Instalments that would be paused. */
  pausedInstalments: z.array(InstalmentId),
  plan: z.nullable(PlanAdjustment),
});
export type ReturnPreview = z.infer<typeof ReturnPreview>;
