import type { ChatEvent } from '@assist/contract';
import type { Scheduler } from '../jobs/scheduler.js';
import type { ChatSignal } from './hub.js';
import type { ChatService } from './service.js';

/** Chunks a client may leave unread before the stream gives up on it. */
const MAX_UNREAD_CHUNKS = 1000;
/** What EventSource waits before reconnecting. */
const RETRY_MS = 3000;

export const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store, no-transform',
  'x-accel-buffering': 'no',
} as const;

/** One event in Server-Sent Events framing: messages carry `id:` (their sequence) so a reconnect resumes after it. */
export function frame(event: ChatEvent): string {
  const id = event.type === 'message' ? `id: ${event.sequence}\n` : '';
  return `${id}data: ${JSON.stringify(event)}\n\n`;
}

/**
 * A chat's event stream as a ReadableStream body (answer it with `answer(c, stream, 200, STREAM_HEADERS)` of http/answer.ts,
 * so the headers the middleware prepared, CORS and request id included, go with it), the same under Node and MSW: the session first,
 * then every message after `after`, then live events as they happen, with a comment line every
 * heartbeat. Live notices (hub.ts) say what changed; the stream reads it from the store, in sequence
 * order from the last message it sent, so a notice that comes late, twice or out of order loses and
 * repeats nothing, wherever the change was made. It ends when the client goes away (the request is
 * aborted or the body cancelled) or the server stops (`closeAll`). The stream holds on to the request:
 * a Request made from another one follows its signal only while it is alive.
 */
export function chatEventStream(chat: ChatService, scheduler: Scheduler, sessionId: string, after: number, request?: Request): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start: async (controller) => {
      let closed = false;
      let lastSequence = after;
      let cancelBeat: () => void = () => {};
      let unsubscribe = () => {};
      /** Reads and sends happen one at a time, in the order the notices came. */
      let queue: Promise<void> = Promise.resolve();

      let present = false;
      const close = () => {
        if (closed) return;
        closed = true;
        if (present) void chat.shopperPresence(sessionId, false).catch((error: unknown) => console.error('[assist-api] could not note that the shopper left the chat:', error));
        unsubscribe();
        cancelBeat();
        open.delete(close);
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
      const sendSession = async () => write(frame({ type: 'session', session: await chat.view(await chat.agentSession(sessionId)) }));
      const sendMessages = async () => {
        for (const message of await chat.messages(sessionId, lastSequence)) {
          if (message.sequence <= lastSequence) continue;
          lastSequence = message.sequence;
          write(frame({ type: 'message', sequence: message.sequence, message }));
        }
      };
      const then = (step: () => Promise<void> | void) => {
        queue = queue.then(step).catch(() => close());
      };
      const onSignal = (signal: ChatSignal) => {
        if (closed) return;
        if (signal.type === 'typing') then(() => write(frame(signal)));
        else if (signal.type === 'session') then(sendSession);
        else if (signal.sequence > lastSequence) then(sendMessages);
      };

      stop = close;
      open.add(close);
      request?.signal.addEventListener('abort', close, { once: true });
      if (request?.signal.aborted) return close();
      write(`retry: ${RETRY_MS}\n\n`);
      try {
        // Listen first, then read: a change committed in between is read or signalled, never missed.
        unsubscribe = await chat.hub.subscribe(sessionId, onSignal);
        if (closed) return unsubscribe();
        await chat.shopperPresence(sessionId, true);
        present = true;
        if (closed) return void chat.shopperPresence(sessionId, false).catch(() => undefined);
        then(async () => {
          await sendSession();
          await sendMessages();
        });
        await queue;
      } catch {
        return close();
      }
      const beat = () => {
        write(`: heartbeat\n\n`);
        if (!closed) cancelBeat = scheduler.schedule(chat.heartbeatMs, beat);
      };
      if (!closed) cancelBeat = scheduler.schedule(chat.heartbeatMs, beat);
    },
    cancel: () => stop(),
  });
  return body;
}

/** Every stream open in this process, to end them when it stops. */
const open = new Set<() => void>();

/** Ends every open event stream (the server is stopping): clients reconnect, to another instance, from their last event id. */
export function closeAllStreams(): number {
  const count = open.size;
  for (const close of [...open]) close();
  return count;
}
