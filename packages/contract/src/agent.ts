import * as z from 'zod/mini';
import { ClientId, IsoDateTime, Money, Text } from './common.js';
import { ChatSession, ChatSessionParams, ContextPacket } from './chat.js';
import { EXTENSION_DAYS, InstalmentId, OrderId, PaymentPlan } from './orders.js';

export const AgentQueueItem = z.object({
  session: ChatSession,
  context: ContextPacket,
  waitingSince: IsoDateTime,
});
export const AgentQueueResponse = z.object({ items: z.array(AgentQueueItem) });

export const AgentReplyRequest = z.strictObject({ id: ClientId, text: Text(4000) });
export const AgentReplyParams = ChatSessionParams;

export const AgentActionRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('refund'), orderId: OrderId, amount: Money, reason: Text(300) }),
  z.strictObject({ kind: z.literal('release_hold'), orderId: OrderId }),
  z.strictObject({
    kind: z.literal('extend_due_date'),
    orderId: OrderId,
    instalmentId: InstalmentId,
    days: z.union([z.literal(EXTENSION_DAYS[0]), z.literal(EXTENSION_DAYS[1]), z.literal(EXTENSION_DAYS[2])]),
  }),
]);
export type AgentActionRequest = z.infer<typeof AgentActionRequest>;
export const AgentActionResponse = z.object({
  kind: z.enum(['refund', 'release_hold', 'extend_due_date']),
  orderId: OrderId,
  summary: z.string(),
  plan: z.nullable(PaymentPlan),
});
