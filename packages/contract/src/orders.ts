import * as z from 'zod/mini';
import { CurrencyCode, IsoDate, IsoDateTime, MarketCode, Money, OrderReference, prefixedId } from './common.js';
import { CustomerId } from './auth.js';

export const OrderId = prefixedId('ord');
export const InstalmentId = prefixedId('ins');

export const PAYMENT_METHODS = ['pay_in_4', 'pay_in_30', 'financing', 'pay_now', 'card', 'balance'] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const ORDER_STATUSES = ['authorized', 'partially_confirmed', 'confirmed', 'shipped', 'delivered', 'cancelled', 'refunded'] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);

export const OrderItem = z.object({
  id: prefixedId('itm'),
  name: z.string(),
  sku: z.string(),
  quantity: z.int().check(z.minimum(1)),
  /** How many the store confirmed (shipped); fewer than `quantity` on a partial confirmation. */
  confirmedQuantity: z.int().check(z.minimum(0)),
  /** How many can still be reported as returned. */
  returnableQuantity: z.int().check(z.minimum(0)),
  unitPrice: Money,
});
export type OrderItem = z.infer<typeof OrderItem>;

export const TRANSACTION_TYPES = ['charge', 'refund', 'hold', 'hold_release', 'fee', 'adjustment'] as const;
export const Transaction = z.object({
  id: prefixedId('txn'),
  type: z.enum(TRANSACTION_TYPES),
  amount: Money,
  at: IsoDateTime,
  description: z.string(),
  status: z.enum(['pending', 'settled', 'reversed']),
});
export type Transaction = z.infer<typeof Transaction>;

export const AuthorizationHold = z.object({
  amount: Money,
  placedAt: IsoDateTime,
  /** When a hold normally drops off; a hold still pending after this needs the merchant to release it. */
  expectedReleaseBy: IsoDateTime,
  status: z.enum(['pending', 'released', 'captured']),
});

export const ORDER_NOTICES = [
  'authorization_hold_overdue',
  'charged_twice',
  'partially_confirmed',
  'late_fee_after_return',
  'in_collection',
  'return_delivered_not_received',
] as const;

export const Order = z.object({
  id: OrderId,
  reference: OrderReference,
  customerId: CustomerId,
  merchant: z.object({ id: z.string(), name: z.string(), orderReference: z.string() }),
  market: MarketCode,
  currency: CurrencyCode,
  status: OrderStatus,
  paymentMethod: PaymentMethod,
  createdAt: IsoDateTime,
  total: Money,
  items: z.array(OrderItem),
  transactions: z.array(Transaction),
  holds: z.array(AuthorizationHold),
  /** Situations support should know about at a glance (from the domain's known cases). */
  notices: z.array(z.enum(ORDER_NOTICES)),
});
export type Order = z.infer<typeof Order>;

export const OrderSummary = z.object({
  id: OrderId,
  reference: OrderReference,
  merchantName: z.string(),
  status: OrderStatus,
  paymentMethod: PaymentMethod,
  createdAt: IsoDateTime,
  total: Money,
  itemCount: z.int(),
  nextPayment: z.nullable(z.object({ dueDate: IsoDate, amount: Money })),
});
export type OrderSummary = z.infer<typeof OrderSummary>;
export const OrdersResponse = z.object({ orders: z.array(OrderSummary) });
export const OrderParams = z.object({ id: OrderId });

export const INSTALMENT_STATUSES = ['paid', 'scheduled', 'due', 'overdue', 'paused', 'cancelled'] as const;
export const Instalment = z.object({
  id: InstalmentId,
  sequence: z.int().check(z.minimum(1)),
  dueDate: IsoDate,
  /** The due date before an extension, when the date was extended. */
  originalDueDate: z.nullable(IsoDate),
  amount: Money,
  status: z.enum(INSTALMENT_STATUSES),
  paidAt: z.nullable(IsoDateTime),
  lateFee: z.nullable(Money),
  /** Each instalment's due date can be extended once. */
  extendable: z.boolean(),
});
export type Instalment = z.infer<typeof Instalment>;

export const PaymentPlan = z.object({
  orderId: OrderId,
  method: PaymentMethod,
  status: z.enum(['active', 'paused', 'completed', 'in_collection', 'cancelled']),
  total: Money,
  paid: Money,
  remaining: Money,
  /** Why the plan is paused (an open return or problem), when it is. */
  pausedReason: z.nullable(z.enum(['return_reported', 'problem_reported', 'dispute'])),
  instalments: z.array(Instalment),
  collection: z.nullable(z.object({ agency: z.string(), since: IsoDate, amount: Money, reason: z.string() })),
});
export type PaymentPlan = z.infer<typeof PaymentPlan>;

export const EXTENSION_DAYS = [7, 14, 30] as const;
export const ExtendDueDateRequest = z.strictObject({
  instalmentId: InstalmentId,
  days: z.union([z.literal(EXTENSION_DAYS[0]), z.literal(EXTENSION_DAYS[1]), z.literal(EXTENSION_DAYS[2])]),
});
export type ExtendDueDateRequest = z.infer<typeof ExtendDueDateRequest>;
export const ExtendDueDateResponse = z.object({
  instalment: Instalment,
  plan: PaymentPlan,
});
