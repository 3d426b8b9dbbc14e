import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { setupServer } from 'msw/node';
import { createApp } from '../src/app.js';
import { createHandlers } from '../src/msw.js';
import { readStream, settle } from './chat-support.js';

const BASE = 'https://api.assist.test/mock';

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(check(), what);
}

async function startChat(base: string) {
  const response = await fetch(`${base}/v1/chat/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `runtime-${crypto.randomUUID()}` },
    body: JSON.stringify({ locale: 'en', market: 'SE', recordingConsent: true }),
  });
  assert.equal(response.status, 201);
  const body = (await response.json()) as { session: { id: string }; chatToken: string };
  return { id: body.session.id, token: body.chatToken };
}

async function say(base: string, chat: { id: string; token: string }, id: string, text: string) {
  const response = await fetch(`${base}/v1/chat/sessions/${chat.id}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${chat.token}` },
    body: JSON.stringify({ id, text }),
  });
  assert.equal(response.status, 201);
}

describe('the chat event stream in the browser mock (MSW)', () => {
  const { app, chat: service } = createApp();
  const server = setupServer(...createHandlers(BASE, app));
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  it('streams replay and live events through the handlers, and ends when the request is aborted', async () => {
    const chat = await startChat(BASE);
    const controller = new AbortController();
    const response = await fetch(`${BASE}/v1/chat/sessions/${chat.id}/events`, {
      headers: { authorization: `Bearer ${chat.token}`, 'last-event-id': '0' },
      signal: controller.signal,
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/event-stream/);
    const stream = readStream(response.body!);
    await waitFor(() => stream.messages().length === 1, 'the greeting is replayed');
    await say(BASE, chat, 'msw-message-0001', 'How do I return my order?');
    await waitFor(() => stream.messages().length === 3, 'the question and the answer arrive live');
    assert.deepEqual(stream.ids, ['1', '2', '3']);
    controller.abort();
    await stream.finished.catch(() => undefined);
    await waitFor(() => service.hub.listeners(chat.id) === 0, 'the server side stops listening');
  });
});

describe('the chat event stream on the Node server', () => {
  const { app, chat: service } = createApp();
  let server: ReturnType<typeof serve>;
  let base = '';
  before(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('resumes after Last-Event-ID and stops listening when the client disconnects', async () => {
    const chat = await startChat(base);
    await say(base, chat, 'node-message-0001', 'How do I return my order?');
    const controller = new AbortController();
    const response = await fetch(`${base}/v1/chat/sessions/${chat.id}/events`, {
      headers: { authorization: `Bearer ${chat.token}`, 'last-event-id': '2' },
      signal: controller.signal,
    });
    assert.equal(response.status, 200);
    const stream = readStream(response.body!);
    await waitFor(() => stream.messages().length === 1, 'only the message after 2 is replayed');
    assert.equal(stream.messages()[0]!.sequence, 3);
    assert.equal(service.hub.listeners(chat.id), 1);
    controller.abort();
    await stream.finished.catch(() => undefined);
    await settle();
    await waitFor(() => service.hub.listeners(chat.id) === 0, 'the server side stops listening');
  });
});
