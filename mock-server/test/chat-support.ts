import assert from 'node:assert/strict';
import type { ChatEvent } from '@assist/contract';
import { readEventStream } from '../../packages/client/src/events.js';
import { ManualClock } from '../src/clock.js';
import { ManualScheduler, settle } from '../src/jobs/scheduler.js';
import { createApp, DEMO_AGENT_TOKEN, type AppOptions } from '../src/app.js';
import { TEST_ADMIN_TOKEN, WEDNESDAY_MORNING, key, requester } from './support.js';

/** An app on a manual clock and scheduler: time passes only when a test advances it. */
export function chatSetup(options: AppOptions & { at?: string } = {}) {
  const clock = new ManualClock(options.at ?? WEDNESDAY_MORNING);
  const scheduler = new ManualScheduler(clock);
  const { app, deps, chat } = createApp({ clock, scheduler, tokenSecret: 'test-token-secret', random: () => 0, demo: true, admin: { token: TEST_ADMIN_TOKEN }, ...options });
  let n = 0;

  const { call, login } = requester(app);
  const t = { app, deps, chat, call, login };

  /** Starts a chat (as a verified shopper when a token is given) and answers the session and the chat token. */
  async function startChat(init: { token?: string; locale?: string; market?: string; orderId?: string; topic?: string } = {}) {
    const answer = await t.call('POST', '/v1/chat/sessions', {
      body: {
        locale: init.locale ?? 'en-GB',
        market: init.market ?? 'SE',
        recordingConsent: true,
        ...(init.orderId ? { orderId: init.orderId } : {}),
        ...(init.topic ? { topic: init.topic } : {}),
      },
      headers: { 'idempotency-key': key(`chat-${++n}`) },
      ...(init.token ? { token: init.token } : {}),
    });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    return { session: answer.body.session, token: answer.body.chatToken as string, id: answer.body.session.id as string };
  }

  /** Sends a shopper message with a fresh client id (or the given one). */
  async function say(chat: { id: string; token: string }, text: string, extra: { id?: string; action?: { id: string; choice: string } } = {}) {
    return t.call('POST', `/v1/chat/sessions/${chat.id}/messages`, {
      body: { id: extra.id ?? `client-msg-${String(++n).padStart(4, '0')}`, text, ...(extra.action ? { action: extra.action } : {}) },
      token: chat.token,
    });
  }

  async function transcript(chat: { id: string; token: string }) {
    const answer = await t.call('GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answer.body as { session: any; messages: any[] };
  }

  /** The newest message of an author. */
  async function last(chat: { id: string; token: string }, author: string) {
    const { messages } = await transcript(chat);
    return [...messages].reverse().find((m) => m.author === author);
  }

  const agent = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    t.call(method, path, { token: DEMO_AGENT_TOKEN, ...(body === undefined ? {} : { body }), headers });

  return { ...t, clock, scheduler, startChat, say, transcript, last, agent };
}

/** Reads an event stream body, collecting events, comments and ids as they arrive. */
export function readStream(body: ReadableStream<Uint8Array>) {
  const events: ChatEvent[] = [];
  const ids: string[] = [];
  const comments: string[] = [];
  let raw = '';
  let done = false;
  const cancelled = new AbortController();
  const reading = body.pipeThrough(new TransformStream(), { signal: cancelled.signal });
  const pump = readEventStream(reading, {
    event: (event) => {
      const parsed = JSON.parse(event.data) as ChatEvent;
      // Only messages carry an id: the one given with this event.
      if (parsed.type === 'message') ids.push(event.id ?? '');
      events.push(parsed);
    },
    comment: (text) => comments.push(text),
    chunk: (text) => (raw += text),
  })
    .catch((error: unknown) => {
      if (!cancelled.signal.aborted) throw error;
    })
    .finally(() => (done = true));
  return {
    events,
    ids,
    comments,
    get raw() {
      return raw;
    },
    get done() {
      return done;
    },
    messages: () => events.flatMap((e) => (e.type === 'message' ? [e.message] : [])),
    cancel: async () => {
      cancelled.abort();
      await pump;
    },
    finished: pump,
  };
}

export { settle };
