import * as z from 'zod/mini';
import { IsoDateTime, LanguageTag, MarketCode, Phone, Text, prefixedId } from './common.js';
import { CHAT_TOPICS, ChatSessionId } from './chat.js';

export const CallbackId = prefixedId('cbk');

export const CreateCallbackRequest = z
  .strictObject({
    phone: Phone,
    market: MarketCode,
    topic: z.enum(CHAT_TOPICS),
    window: z.strictObject({ start: IsoDateTime, end: IsoDateTime }),
    locale: z.optional(LanguageTag),
    chatSessionId: z.optional(ChatSessionId),
    note: z.optional(Text(500)),
  })
  .check(
    z.refine((v) => Date.parse(v.window.end) > Date.parse(v.window.start), {
      message: 'must end after it starts',
      path: ['window', 'end'],
    }),
  );
export type CreateCallbackRequest = z.infer<typeof CreateCallbackRequest>;

export const Callback = z.object({
  id: CallbackId,
  reference: z.string(),
  /** Only the last digits are ever echoed back. */
  phoneMasked: z.string(),
  market: MarketCode,
  topic: z.enum(CHAT_TOPICS),
  window: z.object({ start: IsoDateTime, end: IsoDateTime }),
  status: z.enum(['scheduled', 'completed', 'cancelled']),
  createdAt: IsoDateTime,
});
export type Callback = z.infer<typeof Callback>;
