import * as z from 'zod/mini';
import { IsoDateTime, Money, Text, prefixedId } from './common.js';
import { InstalmentId, OrderId } from './orders.js';

export const ReturnId = prefixedId('ret');

export const RETURN_REASONS = ['changed_mind', 'wrong_size', 'damaged', 'not_as_described', 'arrived_late', 'other'] as const;
export const RETURN_METHODS = ['drop_off', 'pickup', 'in_store'] as const;
export const RETURN_STATUSES = [
  'reported',
  'in_transit',
  'received',
  'registered',
  'refunded',
  'investigation',
  'cancelled',
  'closed',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const TrackingNumber = z.string().check(
  z.trim(),
  z.toUpperCase(),
  z.regex(/^[A-Z0-9-]{6,40}$/, 'must be the tracking number from the carrier (6 to 40 letters, digits or -)'),
);

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

export const TimelineEntry = z.object({
  status: z.string(),
  at: IsoDateTime,
  note: z.nullable(z.string()),
});

export const Return = z.object({
  id: ReturnId,
  /** What the shopper quotes to support, e.g. `R-7K3M9Q`. */
  reference: z.string(),
  orderId: OrderId,
  status: z.enum(RETURN_STATUSES),
  items: z.array(z.object({ itemId: z.string(), name: z.string(), quantity: z.int(), amount: Money })),
  amount: Money,
  reason: z.enum(RETURN_REASONS),
  comment: z.nullable(z.string()),
  method: z.enum(RETURN_METHODS),
  carrier: z.nullable(z.string()),
  trackingNumber: z.nullable(z.string()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  timeline: z.array(TimelineEntry),
  /** Instalments paused while the return is open. */
  pausedInstalments: z.array(InstalmentId),
  investigation: z.nullable(
    z.object({
      openedAt: IsoDateTime,
      deadline: IsoDateTime,
      branch: z.nullable(z.enum(['delivered_not_received'])),
      outcome: z.nullable(z.enum(['registered', 'resend', 'cancelled_without_penalty', 'closed'])),
      closedReason: z.nullable(z.string()),
    }),
  ),
  refund: z.nullable(z.object({ amount: Money, expectedBy: IsoDateTime })),
  /** Whether items, method or tracking may still be changed. */
  editable: z.boolean(),
});
export type Return = z.infer<typeof Return>;
export const ReturnParams = z.object({ id: ReturnId });
export const ReturnsResponse = z.object({ returns: z.array(Return) });
