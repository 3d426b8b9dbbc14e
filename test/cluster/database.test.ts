import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { ChatStream, DATABASE_URL, NO_POSTGRES, Processes, TcpProxy, call, createDatabase, expectStatus, freePort, login, until } from './support.js';

/**
 * When the database is not there: a server that cannot reach it at start says so and exits non-zero; a
 * server that loses it while running answers 503 in the error shape with Retry-After (never a 500),
 * and recovers by itself when the database is back. The database sits behind a TCP proxy the test cuts.
 */

describe('the database is unreachable', () => {
  const processes = new Processes();
  const dropped: (() => Promise<void>)[] = [];
  after(async () => {
    await processes.close();
    for (const drop of dropped) await drop();
  });

  it('at start: a clear message, the password hidden, and a non-zero exit', async () => {
    const port = await freePort();
    const { code, output } = await processes.run({ DATABASE_URL: `postgres://assist:very-secret-password@127.0.0.1:${port}/assist` });
    assert.notEqual(code, 0, output);
    assert.match(output, /Assist API cannot start\. Cannot open the store \(PostgreSQL at postgres:\/\/assist:\*\*\*@127\.0\.0\.1:\d+\/assist\): .*ECONNREFUSED/);
    assert.ok(!output.includes('very-secret-password'), output);
    assert.ok(!/listening/.test(output), output);
  });

  it('while running: 503 with Retry-After in the error shape, never a 500, and recovery on its own', { skip: DATABASE_URL ? false : NO_POSTGRES }, async () => {
    const database = await createDatabase(DATABASE_URL!);
    dropped.push(database.drop);
    const target = new URL(database.url);
    const proxy = await new TcpProxy(target.hostname, Number(target.port || 5432)).listen();
    processes.onClose(() => proxy.close());
    const through = new URL(database.url);
    through.host = `127.0.0.1:${proxy.port}`;
    const server = await processes.server({ DATABASE_URL: through.toString(), ASSIST_TOKEN_SECRET: 'cluster-database-token-secret-0123456789' });
    await expectStatus(200, server.url, 'POST', '/__admin/chat/agent', { body: { behaviour: 'none' } });
    const token = await login(server.url, 'astrid');
    const started = await expectStatus(201, server.url, 'POST', '/v1/chat/sessions', {
      token,
      key: 'db-loss-chat-1',
      body: { locale: 'en', market: 'SE', topic: 'payments', recordingConsent: false },
    });
    const chat = { id: started.session.id as string, token: started.chatToken as string };
    const body = { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'wrong_size', method: 'drop_off' };

    // A stream open across the outage: it stays open (nothing is read while the chat is quiet).
    const across = new ChatStream(server.url, chat, null);
    await across.opened;
    await until(() => across.events.some((e) => e.type === 'session'), 'the session event');

    proxy.cut();
    const down = [
      await call(server.url, 'GET', '/v1/orders/ord_se_outdoor', { token }),
      await call(server.url, 'POST', '/v1/returns', { token, key: 'db-loss-return-1', body }),
      await call(server.url, 'GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token }),
      await call(server.url, 'POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body: { id: 'db-loss-msg-1', text: 'Hello?' } }),
      await call(server.url, 'POST', '/v1/auth/verify', { body: { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' } }),
      await call(server.url, 'GET', `/v1/chat/sessions/${chat.id}/events`, { token: chat.token }),
    ];
    for (const answer of down) {
      assert.equal(answer.status, 503, answer.text);
      assert.equal(answer.body.error.code, 'unavailable', answer.text);
      assert.match(answer.body.error.message, /database/);
      assert.ok(Number(answer.headers.get('retry-after')) > 0, 'Retry-After');
    }
    assert.equal((await call(server.url, 'GET', '/healthz')).status, 200, 'the process itself is alive');
    assert.ok(server.running);

    proxy.restore();
    const recovered = await until(async () => {
      const answer = await call(server.url, 'POST', '/v1/returns', { token, key: 'db-loss-return-1', body });
      assert.equal(answer.status === 500, false, `a 500 while recovering: ${answer.text}`);
      return answer.status === 201 ? answer : null;
    }, 'the API answers again once the database is back');
    // The request that failed is sent again with the same key: one return.
    const returns = (await expectStatus(200, server.url, 'GET', '/v1/orders/ord_se_outdoor/returns', { token })).returns as { id: string }[];
    assert.equal(returns.filter((r) => r.id === recovered.body.id).length, 1);
    const again = await call(server.url, 'POST', '/v1/returns', { token, key: 'db-loss-return-1', body });
    assert.equal(again.headers.get('idempotent-replayed'), 'true');

    // Notices work again too: a message reaches a stream opened after the outage.
    const stream = new ChatStream(server.url, chat, null);
    await stream.opened;
    const sent = await until(async () => {
      const answer = await call(server.url, 'POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body: { id: 'db-loss-msg-1', text: 'Hello?' } });
      return answer.status === 201 || answer.status === 200 ? answer : null;
    }, 'the chat takes messages again');
    await until(() => stream.messages().some((m) => m.id === sent.body.id), 'the message arrives on a new stream');
    await stream.drop();
    // The stream that stayed open catches up too, although the notice may have been sent before this
    // instance was listening again.
    await until(() => across.messages().some((m) => m.id === sent.body.id), 'the message arrives on the stream open across the outage', 10_000);
    await across.drop();
    const failed = server.log.split('\n').filter((line) => /^\[assist-api\] (GET|POST|PATCH) /.test(line) && !line.includes('the database cannot be reached'));
    assert.deepEqual(failed, [], 'no request failed with a 500');
    const stopped = await server.stop();
    assert.equal(stopped.code, 0, server.log);
  });
});
