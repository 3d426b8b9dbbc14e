import type { Hono } from 'hono';
import { callbackView, callbackWindowIssues } from '../chat/callbacks.js';
import { formatter } from '../chat/format.js';
import { callbackId, callbackReference } from '../ids.js';
import { phrasesFor } from '../chat/phrases.js';
import type { CallbackRecord } from '../chat/records.js';
import type { ChatService } from '../chat/service.js';
import type { Deps } from '../deps.js';
import { MARKETS } from '../fixtures/markets.js';
import { implement, type AppEnv } from '../http/define.js';
import { mailCallbackBooked } from '../email/events.js';
import { ApiFailure, validationFailure } from '../http/failure.js';

/** Callback requests: a phone number (never echoed in full), a topic and a window within the market's phone hours. */
export function callbackRoutes(app: Hono<AppEnv>, deps: Deps, chat: ChatService): void {
  implement(app, deps, 'createCallback', async ({ body, auth }) => {
    const now = deps.store.clock.now();
    const issues = callbackWindowIssues(body.market, body.window, now);
    if (issues.length > 0) throw validationFailure(issues);

    let session = null;
    if (body.chatSessionId !== undefined) {
      if (!auth.claims) throw new ApiFailure('unauthorized', 'Send the chat token to link a callback to a chat');
      session = await chat.session(auth.claims, body.chatSessionId);
    }
    const record: CallbackRecord = {
      id: callbackId(),
      reference: callbackReference(),
      phone: body.phone,
      market: body.market,
      topic: body.topic,
      window: { start: new Date(body.window.start).toISOString(), end: new Date(body.window.end).toISOString() },
      status: 'scheduled',
      locale: body.locale ?? session?.locale ?? null,
      chatSessionId: session?.id ?? null,
      customerId: auth.claims?.sub ?? null,
      note: body.note ?? null,
      createdAt: now.toISOString(),
    };
    // The callback and its confirmation mail are committed together.
    await deps.store.atomically(`callback:${record.id}`, async () => {
      await deps.store.saveCallback(record);
      await mailCallbackBooked(deps, record);
    });
    const view = callbackView(record);
    if (session) {
      const timeZone = MARKETS[record.market].timeZone;
      await chat.note(session.id, (locale) => {
        const f = formatter(locale);
        return phrasesFor(locale).callbackBooked(view.phoneMasked, f.dateTime(record.window.start, timeZone), f.time(record.window.end, timeZone), record.reference);
      });
    }
    return view;
  });
}
