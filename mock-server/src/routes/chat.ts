import type { Hono } from 'hono';
import type { ChatService } from '../chat/service.js';
import { STREAM_HEADERS, chatEventStream } from '../chat/stream.js';
import type { Deps } from '../deps.js';
import { implement, type AppEnv } from '../http/define.js';
import { validationFailure } from '../http/failure.js';
import { answer, answerJson } from '../http/answer.js';

/** Chat sessions, messages, the event stream, escalation, CSAT and the transcript. */
export function chatRoutes(app: Hono<AppEnv>, deps: Deps, chat: ChatService): void {
  implement(app, deps, 'createChatSession', async ({ body, auth }) => chat.create(body, auth.claims));

  implement(app, deps, 'getChatSession', async ({ params, auth }) => chat.view(await chat.session(auth.claims, params.id)));

  implement(
    app,
    deps,
    'sendChatMessage',
    async ({ params, body, auth, redacted, c }) => {
      const session = await chat.session(auth.claims, params.id);
      const { message, created } = await chat.send(session.id, { ...body, redacted: redacted.includes('body.text') });
      // The same message id again: the stored message, as it was, and nothing new.
      return created ? message : answerJson(c, message, 200);
    },
    { refresh: (kept) => deps.attachments.refresh(kept) },
  );

  implement(app, deps, 'streamChatEvents', async ({ params, query, auth, c }) => {
    const session = await chat.session(auth.claims, params.id);
    const lastEventId = c.req.header('last-event-id')?.trim();
    let after = query.after === undefined ? 0 : Number(query.after);
    if (lastEventId !== undefined && lastEventId !== '') {
      if (!/^[0-9]{1,9}$/.test(lastEventId)) {
        throw validationFailure([{ path: 'header.Last-Event-ID', message: 'must be the sequence number of the last event received' }]);
      }
      // A reconnecting EventSource sends the newest id it saw; the URL still has the first `after`.
      after = Number(lastEventId);
    }
    return answer(c, chatEventStream(chat, deps.scheduler, session.id, after, c.req.raw), 200, STREAM_HEADERS);
  });

  implement(app, deps, 'escalateChat', async ({ params, body, auth }) => {
    const session = await chat.session(auth.claims, params.id);
    return chat.escalate(session.id, body.reason, body.note);
  });

  implement(app, deps, 'rateChat', async ({ params, body, auth }) => {
    const session = await chat.session(auth.claims, params.id);
    return chat.rate(session.id, body.rating, body.comment);
  });

  implement(app, deps, 'getTranscript', async ({ params, auth }) => chat.transcript(await chat.session(auth.claims, params.id)));
  implement(app, deps, 'renewChatToken', ({ params, auth }) => chat.renewToken(auth.claims, params.id));
}
