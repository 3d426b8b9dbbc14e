import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../mock-server/src/app.js';
import { startApi, type ApiProcess } from '../support/api-process.js';

/** Calls without a token need keys long enough to be a secret (32 characters or more). */
const anonymousKey = (name: string) => name.padEnd(40, '0');

/**
 * HTTP hygiene: the usual security headers on every answer, `Cache-Control: no-store` on everything
 * personal, and an answer given before the request was fully received closes the connection cleanly.
 */

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

describe('answers of the API', () => {
  const { app } = createApp({ demo: true });
  const request = (path: string, init: RequestInit = {}) => app.request(path, init);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  async function answers(): Promise<[string, Response][]> {
    const verified = await post('/v1/auth/verify', { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' });
    const { token } = (await verified.clone().json()) as { token: string };
    const chat = await post('/v1/chat/sessions', { locale: 'en-GB', market: 'SE', recordingConsent: true }, { 'idempotency-key': anonymousKey('hygiene-chat-0001') });
    const replay = await post('/v1/chat/sessions', { locale: 'en-GB', market: 'SE', recordingConsent: true }, { 'idempotency-key': anonymousKey('hygiene-chat-0001') });
    const { session, chatToken } = (await chat.clone().json()) as { session: { id: string }; chatToken: string };
    const stream = await request(`/v1/chat/sessions/${session.id}/events`, { headers: { authorization: `Bearer ${chatToken}` } });
    await stream.body?.cancel();
    return [
      ['verification (a token)', verified],
      ['orders', await request('/v1/orders', { headers: { authorization: `Bearer ${token}` } })],
      ['a new chat', chat],
      ['a replayed chat', replay],
      ['the chat event stream', stream],
      ['a refused token', await request('/v1/orders', { headers: { authorization: 'Bearer nope' } })],
      ['an unknown route', await request('/v1/nothing-here')],
      ['a validation error', await post('/v1/auth/verify', { orderReference: '!' })],
    ];
  }

  it('carry the security headers on every answer, errors and streams included', async () => {
    for (const [what, response] of [...(await answers()), ['help content', await request('/v1/help/categories?locale=en')] as [string, Response]]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers.get(name), value, `${what}: ${name}`);
    }
  });

  it('are never stored by a cache when they may be personal', async () => {
    for (const [what, response] of await answers()) assert.match(response.headers.get('cache-control') ?? '', /\bno-store\b/, what);
  });

  it('leave public help content cacheable', async () => {
    assert.equal((await request('/v1/help/articles/how-to-return?locale=en')).headers.get('cache-control'), null);
    assert.equal((await request('/v1/availability?market=SE')).headers.get('cache-control'), null);
  });
});

interface RawExchange {
  head: string;
  /** Milliseconds from the answer to the server's FIN, or null if the connection stayed open. */
  closedAfterMs: number | null;
  error: string | null;
}

/**
 * Sends a request head promising `length` bytes, then streams the body at `bytesPerTick` every 10 ms
 * until the server closes or everything is sent. Records the answer's head, when the server closed
 * (FIN) and any reset.
 */
function earlyAnswer(port: number, head: string, length: number, bytesPerTick: number): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket: Socket = connect({ port, host: '127.0.0.1' });
    let text = '';
    let answeredAt: number | null = null;
    let error: string | null = null;
    let sent = 0;
    const timer = setTimeout(() => finish(null), 1_500);
    function finish(closedAfterMs: number | null) {
      clearTimeout(timer);
      clearInterval(pump);
      socket.destroy();
      resolve({ head: text.split('\r\n\r\n')[0] ?? '', closedAfterMs, error });
    }
    socket.write(`${head}Content-Length: ${length}\r\n\r\n`);
    const pump = setInterval(() => {
      if (socket.destroyed || !socket.writable || sent >= length) return;
      const size = Math.min(bytesPerTick, length - sent);
      socket.write(Buffer.alloc(size, 0x20));
      sent += size;
    }, 10);
    socket.on('data', (chunk) => {
      answeredAt ??= Date.now();
      text += chunk.toString('latin1');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('end', () => finish(answeredAt === null ? null : Date.now() - answeredAt));
  });
}

describe('early answers on a real server', () => {
  let api: ApiProcess;
  before(async () => {
    api = await startApi({ ASSIST_DEMO: '1' });
  });
  after(() => api?.stop());

  it('close the connection cleanly after a 413: Connection: close, then FIN at once, no reset', async () => {
    const head = `POST /v1/auth/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n`;
    const exchange = await earlyAnswer(api.port, head, 1_000_000, 8_192);
    assert.match(exchange.head, /^HTTP\/1\.1 413 /);
    assert.match(exchange.head, /\r\nconnection: close\r\n/i);
    assert.ok(exchange.closedAfterMs !== null && exchange.closedAfterMs < 250, `closed after ${exchange.closedAfterMs} ms`);
    assert.equal(exchange.error, null);
  });

  it('close the connection the same way after a 401 given before the body arrived', async () => {
    const head = `POST /v1/returns HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: early-answer-01\r\n`;
    const exchange = await earlyAnswer(api.port, head, 20_000, 1_000);
    assert.match(exchange.head, /^HTTP\/1\.1 401 /);
    assert.match(exchange.head, /\r\nconnection: close\r\n/i);
    assert.ok(exchange.closedAfterMs !== null && exchange.closedAfterMs < 250, `closed after ${exchange.closedAfterMs} ms`);
    assert.equal(exchange.error, null);
  });

  it('keep the connection open after an answer to a fully received request', async () => {
    const body = JSON.stringify({ orderReference: 'SE-00000000', email: 'nobody@example.se' });
    const head = `POST /v1/auth/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n`;
    const exchange = await new Promise<RawExchange>((resolve) => {
      const socket = connect({ port: api.port, host: '127.0.0.1' });
      let text = '';
      socket.write(`${head}Content-Length: ${body.length}\r\n\r\n${body}`);
      socket.on('data', (chunk) => (text += chunk.toString('latin1')));
      const timer = setTimeout(() => {
        socket.destroy();
        resolve({ head: text.split('\r\n\r\n')[0] ?? '', closedAfterMs: null, error: null });
      }, 700);
      socket.on('end', () => {
        clearTimeout(timer);
        resolve({ head: text, closedAfterMs: 0, error: null });
      });
    });
    assert.match(exchange.head, /^HTTP\/1\.1 401 /);
    assert.match(exchange.head, /\r\nconnection: keep-alive\r\n/i);
    assert.equal(exchange.closedAfterMs, null, 'still open 700 ms later');
  });
});
