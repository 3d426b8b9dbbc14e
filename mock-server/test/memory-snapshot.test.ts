import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { ShiftableClock } from '../src/clock.js';
import { MemoryStore } from '../src/store/memory.js';
import { chatSetup } from './chat-support.js';
import { TEST_ADMIN_TOKEN, requester } from './support.js';
import { pdf, png } from './attachment-files.js';

/** What the in-browser mock saves to IndexedDB and restores after a reload (persist.ts). */
describe('memory store snapshots', () => {
  it('restore a structured-clone copy of everything, chats, jobs and cases included', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    assert.equal((await t.say(chat, 'When is my next payment?')).status, 201);
    const store = t.deps.store as MemoryStore;

    const copy = new MemoryStore(t.deps.clock, null);
    assert.equal(copy.restore(structuredClone(store.snapshot())), true);
    assert.deepEqual(await copy.chatSession(chat.id), await store.chatSession(chat.id));
    assert.deepEqual(await copy.chatMessages(chat.id), await store.chatMessages(chat.id));
    assert.equal(await copy.nextJobAt(), await store.nextJobAt());
    assert.deepEqual((await copy.listReturns({ limit: 50 })).items, (await store.listReturns({ limit: 50 })).items);
    assert.deepEqual((await copy.listProblems({ limit: 50 })).items, (await store.listProblems({ limit: 50 })).items);
    assert.ok(Object.isFrozen(await copy.chatSession(chat.id)), 'restored records are frozen like saved ones');

    // The same token secret over the restored store: the chat's token still opens the chat.
    const again = requester(createApp({ demo: true, clock: t.deps.clock, store: copy, tokenSecret: 'test-token-secret', admin: { token: TEST_ADMIN_TOKEN } }).app);
    const transcript = await again.call('GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token });
    assert.equal(transcript.status, 200, JSON.stringify(transcript.body));
    assert.match(JSON.stringify(transcript.body), /When is my next payment\?/);
  });

  it('keep attachments, their bytes and where they were sent, so a restored mock still shows the photos', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const photo = png(6, 4);
    const uploaded = await t.app.request('/v1/attachments', {
      method: 'POST',
      headers: { authorization: `Bearer ${chat.token}`, 'content-type': 'image/png', 'x-file-name': 'foto.png' },
      body: photo,
    });
    assert.equal(uploaded.status, 201);
    const { id } = (await uploaded.json()) as { id: string };
    const unused = await t.app.request('/v1/attachments', {
      method: 'POST',
      headers: { authorization: `Bearer ${chat.token}`, 'content-type': 'application/pdf', 'x-file-name': 'kvitto.pdf' },
      body: pdf(),
    });
    assert.equal(unused.status, 201);
    const sent = await t.call('POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body: { id: 'client-msg-photo-01', text: 'Photo', attachments: [id] } });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));

    const copy = new MemoryStore(t.deps.clock, null);
    assert.equal(copy.restore(structuredClone((t.deps.store as MemoryStore).snapshot())), true);
    assert.deepEqual(await copy.attachment(id), await t.deps.store.attachment(id));
    assert.equal((await copy.attachment(id))?.usedBy, `chat:${chat.id}`);
    assert.equal((await copy.attachment((await unused.json()).id as string))?.usedBy, null);

    const again = createApp({ demo: true, clock: t.deps.clock, store: copy, tokenSecret: 'test-token-secret', admin: { token: TEST_ADMIN_TOKEN } }).app;
    const transcript = await requester(again).call('GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token });
    const url = transcript.body.messages.find((m: { id: string }) => m.id === 'client-msg-photo-01').attachments[0].url as string;
    const content = await again.request(url);
    assert.equal(content.status, 200);
    assert.deepEqual(new Uint8Array(await content.arrayBuffer()), photo);
  });

  it('refuse a state of another version or shape, changing nothing', async () => {
    const store = new MemoryStore(new ShiftableClock(), 'default');
    const before = await store.ordersOf('cus_astrid');
    assert.equal(store.restore({ ...store.snapshot(), version: 0 }), false);
    assert.equal(store.restore({ ...store.snapshot(), orders: [] }), false);
    assert.equal(store.restore(null), false);
    assert.deepEqual(await store.ordersOf('cus_astrid'), before);
  });

  it('tell listeners about changes, not about reads', async () => {
    const store = new MemoryStore(new ShiftableClock(), 'default');
    let changes = 0;
    const stop = store.onChange(() => changes++);
    await store.ordersOf('cus_astrid');
    await store.jobsOf('anything');
    assert.equal(changes, 0);
    await store.recordAttempt('k');
    await store.reset('new-shopper');
    assert.equal(changes, 2);
    stop();
    await store.recordAttempt('k');
    assert.equal(changes, 2);
  });

  it('start the QA clock where an earlier one stood, and the admin scenario as given', async () => {
    const clock = new ShiftableClock(86_400_000);
    assert.ok(Math.abs(clock.now().getTime() - Date.now() - 86_400_000) < 1000);
    assert.equal(clock.offsetMs, 86_400_000);
    const { app, adminToken } = createApp({ demo: true, clock, scenario: 'new-shopper' });
    const answer = await app.request('/__admin/scenarios', { headers: { 'assist-admin-token': adminToken! } });
    assert.equal(((await answer.json()) as { current: string }).current, 'new-shopper');
  });
});
