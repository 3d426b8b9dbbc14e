import type { ChatEvent } from '@assist/contract';
import type { Scheduler } from '../jobs/scheduler.js';
import type { ChatService } from './service.js';

/** Chunks a client may leave unread before the stream gives up on it. */
const MAX_UNREAD_CHUNKS = 1000;
/** What EventSource waits before reconnecting. */
const RETRY_MS = 3000;

export const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
} as const;

/** One event in Server-Sent Events framing: messages carry `id:` (their sequence) so a reconnect resumes after it. */
export function frame(event: ChatEvent): string {
  const id = event.type === 'message' ? `id: ${event.sequence}\n` : '';
  return `${id}data: ${JSON.stringify(event)}\n\n`;
}

/**
 * A chat's event stream as a ReadableStream body, the same under Node and MSW: the session first,
 * then every message after `after`, then live events as they happen, with a comment line every
 * heartbeat. It ends when the client goes away (the request is aborted or the body cancelled).
 * The stream holds on to the request: a Request made from another one follows its signal only while
 * it is alive, so letting it go would lose the abort.
 */
export function chatEventStream(chat: ChatService, scheduler: Scheduler, sessionId: string, after: number, request?: Request): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start: async (controller) => {
      let closed = false;
      let live = false;
      let lastSequence = after;
      const pending: ChatEvent[] = [];
      let cancelBeat: () => void = () => {};

      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        cancelBeat();
        request?.signal.removeEventListener('abort', close);
        try {
          controller.close();
        } catch {
          /* already closed by the reader */
        }
      };
      const write = (text: string) => {
        if (closed) return;
        if (controller.desiredSize !== null && controller.desiredSize < -MAX_UNREAD_CHUNKS) return close();
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (event: ChatEvent) => {
        if (event.type === 'message') {
          if (event.sequence <= lastSequence) return;
          lastSequence = event.sequence;
        }
        write(frame(event));
      };
      const unsubscribe = chat.hub.subscribe(sessionId, (event) => (live ? send(event) : pending.push(event)));
      stop = close;
      request?.signal.addEventListener('abort', close, { once: true });
      if (request?.signal.aborted) return close();

      write(`retry: ${RETRY_MS}\n\n`);
      try {
        send({ type: 'session', session: await chat.view(await chat.agentSession(sessionId)) });
        for (const message of await chat.messages(sessionId, after)) send({ type: 'message', sequence: message.sequence, message });
      } catch {
        return close();
      }
      live = true;
      for (const event of pending.splice(0)) send(event);
      const beat = () => {
        write(`: heartbeat\n\n`);
        if (!closed) cancelBeat = scheduler.schedule(chat.heartbeatMs, beat);
      };
      if (!closed) cancelBeat = scheduler.schedule(chat.heartbeatMs, beat);
    },
    cancel: () => stop(),
  });
  return new Response(body, { status: 200, headers: STREAM_HEADERS });
}
