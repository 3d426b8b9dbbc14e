/**
 * Chat round trips through the API as the chat launcher makes them: start a chat, open its event
 * stream, then send messages one at a time and time each from the send until the message comes back
 * on the stream (sent → stored → streamed back). Plain fetch, so it runs against the real server from
 * Node and against the MSW twin inside a page.
 */
import { readEventStream } from '@assist/client/events';

export type RoundTrips = { available: true; stored: number[]; streamed: number[] } | { available: false; reason: string };

/** A key as the client makes one: long and random enough to be the only secret of a call without a token. */
const key = (prefix: string, n: number) => `${prefix}-${n.toString(36).padStart(6, '0')}-${crypto.randomUUID()}`;

export async function chatRoundTrips(base: string, count: number, warmUp = 10): Promise<RoundTrips> {
  const started = await fetch(`${base}/v1/chat/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key('bench-session', 0) },
    body: JSON.stringify({ locale: 'en', market: 'SE', topic: 'other', recordingConsent: false }),
  });
  if (started.status === 404 || started.status === 405) return { available: false, reason: `POST /v1/chat/sessions answers ${started.status}` };
  if (started.status !== 201) return { available: false, reason: `POST /v1/chat/sessions answers ${started.status}: ${(await started.text()).slice(0, 200)}` };
  const { session, chatToken } = (await started.json()) as { session: { id: string }; chatToken: string };
  const auth = { authorization: `Bearer ${chatToken}` };

  const controller = new AbortController();
  const stream = await fetch(`${base}/v1/chat/sessions/${session.id}/events`, { headers: { ...auth, accept: 'text/event-stream' }, signal: controller.signal });
  if (stream.status !== 200 || !stream.body) return { available: false, reason: `GET /v1/chat/sessions/:id/events answers ${stream.status}` };
  const waiting = new Map<string, () => void>();
  const seen = new Set<string>();
  const reading = readEventStream(stream.body, {
    event: ({ data }) => {
      let parsed: { type?: string; message?: { id: string } };
      try {
        parsed = JSON.parse(data) as typeof parsed;
      } catch {
        return;
      }
      if (parsed.type !== 'message' || !parsed.message) return;
      seen.add(parsed.message.id);
      waiting.get(parsed.message.id)?.();
    },
  });

  const stored: number[] = [];
  const streamed: number[] = [];
  try {
    for (let i = 0; i < warmUp + count; i++) {
      const id = key('bench-msg', i);
      const echoed = new Promise<void>((resolve, reject) => {
        if (seen.has(id)) return resolve();
        const timer = setTimeout(() => reject(new Error(`message ${i} did not come back on the stream within 10 s`)), 10_000);
        waiting.set(id, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const t0 = performance.now();
      const sent = await fetch(`${base}/v1/chat/sessions/${session.id}/messages`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': id },
        body: JSON.stringify({ id, text: `Round trip ${i}: where is my refund for order SE-4K7M2QXP?` }),
      });
      const t1 = performance.now();
      if (sent.status !== 201 && sent.status !== 200) {
        echoed.catch(() => undefined);
        return { available: false, reason: `POST /v1/chat/sessions/:id/messages answers ${sent.status}: ${(await sent.text()).slice(0, 200)}` };
      }
      await sent.arrayBuffer();
      try {
        await echoed;
      } catch (error) {
        if (i === 0) return { available: false, reason: 'messages are not streamed back to the sender' };
        throw error;
      }
      waiting.delete(id);
      if (i >= warmUp) {
        stored.push(t1 - t0);
        streamed.push(performance.now() - t0);
      }
    }
  } finally {
    controller.abort();
    await reading.catch(() => undefined);
  }
  return { available: true, stored, streamed };
}
