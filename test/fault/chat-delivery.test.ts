import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChatMessage } from '@assist/contract';
import { eventParser } from '@assist/client/events';
import { ChatLink, RESUME_MS, readSaved, type ChatStorage, type LinkEnv } from '../../packages/elements/src/chat-launcher/chat-link.js';
import { settle } from '../../mock-server/src/jobs/scheduler.js';
import { prng, testApp, type TestApp } from './support.js';

/**
 * A scripted conversation over a bad connection, through the launcher's own connection code (ChatLink:
 * its event stream reader, its outbox kept in storage) talking to the API through app.fetch (the same
 * code the Node server and the MSW twin run): the chat's event stream is cut 100 times (at random
 * bytes, so also in the middle of an event or of a character, and right after reconnecting), messages
 * are sent while it is down, some sends lose their answer or never arrive and are sent again from the
 * outbox, and the page is reloaded 5 times (memory gone, the outbox kept, the conversation read again
 * from the start). Afterwards nothing is lost, nothing is delivered twice, and the shopper's messages
 * are in the order they were typed.
 */

const STEPS = 50;
const RELOAD_AT = new Set([8, 17, 26, 35, 44]);
const SCRIPT = [
  'Hi!',
  'Where is my refund?',
  'I sent the boots back last week',
  'How do I pay in 4?',
  'Can I move my next payment?',
  'What happens if I pay late?',
  'My card number is 4111 1111 1111 1111, can you check it?',
  'ok',
  'The parcel never arrived',
  'Thanks, that helps',
];
const BASE = 'http://assist.test';
const KEY = `assist:chat:${BASE}`;

type Random = () => number;

const networkError = () => new TypeError('fetch failed');

/**
 * The network between the page and the API. Event streams can be cut after a number of bytes or
 * held down; sends sometimes never arrive or lose their answer. It also reads what each stream
 * delivers, to check that the API resumes each one exactly after the last event the page received.
 */
class Network {
  drops = 0;
  resumes = 0;
  /** Sequence of the last message streamed to the page since it loaded. */
  streamed = 0;
  readonly problems: string[] = [];
  #open: { cut(now: boolean): void } | null = null;
  /** Cut the stream after this many more bytes; null: leave it open. */
  #cutAfter: number | null = null;
  #held: { promise: Promise<void>; release(): void } | null = null;

  constructor(
    private readonly api: TestApp,
    private readonly random: Random,
  ) {}

  get connected(): boolean {
    return this.#open !== null;
  }

  get held(): boolean {
    return this.#held !== null;
  }

  readonly fetch = async (request: Request): Promise<Response> => {
    if (request.headers.get('accept') === 'text/event-stream') return this.#stream(request);
    const fate = this.random();
    if (fate < 0.1) throw networkError(); // the request never reaches the API
    const answer = await this.api.app.fetch(request);
    if (fate < 0.25) {
      await answer.body?.cancel();
      throw networkError(); // it arrived, the answer is lost: sent again later with the same id
    }
    return answer;
  };

  async #stream(request: Request): Promise<Response> {
    while (this.#held) await this.#held.promise;
    if (request.signal.aborted) throw request.signal.reason;
    if (Number(request.headers.get('last-event-id')) > 0) this.resumes++;
    const upstream = new AbortController();
    const response = await this.api.app.fetch(new Request(request, { signal: upstream.signal }));
    if (request.signal.aborted) {
      await response.body?.cancel();
      throw request.signal.reason;
    }
    if (response.status !== 200) assert.fail(`the event stream answered ${response.status}: ${await response.text()}`);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const check = eventParser({ event: ({ data }) => this.#check(data) });
    let ending: Error | null = null;
    let page!: ReadableStreamDefaultController<Uint8Array>;
    const close = (error: Error) => {
      if (this.#open === open) this.#open = null;
      upstream.abort();
      void reader.cancel().catch(() => undefined);
      ending = error;
    };
    const open = {
      /** Breaks the connection: now, or after what is on its way. */
      cut: (now: boolean) => {
        this.drops++;
        this.#cutAfter = null;
        close(networkError());
        if (now) page.error(ending);
      },
    };
    request.signal.addEventListener('abort', () => {
      if (ending) return;
      close(new DOMException('The page went away', 'AbortError'));
      page.error(ending);
    });
    this.#open = open;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        page = controller;
      },
      pull: async (controller) => {
        if (ending) return controller.error(ending);
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (ending) return controller.error(ending);
        if (done) return controller.close();
        let bytes = value!;
        if (this.#cutAfter !== null) {
          if (bytes.length >= this.#cutAfter) {
            bytes = bytes.subarray(0, this.#cutAfter);
            open.cut(false);
          } else this.#cutAfter -= bytes.length;
        }
        check(decoder.decode(bytes, { stream: true }));
        if (bytes.length > 0) controller.enqueue(bytes);
        else if (ending) controller.error(ending);
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  }

  #check(data: string): void {
    const event = JSON.parse(data) as { type: string; message?: unknown };
    if (event.type !== 'message') return;
    const { sequence } = ChatMessage.parse(event.message);
    if (sequence <= this.streamed) this.problems.push(`sequence ${sequence} delivered again after ${this.streamed}`);
    else if (sequence !== this.streamed + 1) this.problems.push(`sequence ${sequence} delivered after ${this.streamed}: ${sequence - this.streamed - 1} missing`);
    this.streamed = Math.max(this.streamed, sequence);
  }

  /** Cuts the stream after `bytes` more bytes (0: as soon as anything arrives; null: not). */
  cutAfter(bytes: number | null): void {
    this.#cutAfter = bytes;
  }

  /** The connection drops (a tunnel, a flaky mobile network); `hold` keeps new streams from opening until `release()`. */
  drop(options: { hold?: boolean } = {}): void {
    if (options.hold && !this.#held) {
      let release!: () => void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      this.#held = { promise, release };
    }
    this.#open?.cut(true);
  }

  /** Streams can open again. */
  release(): void {
    this.#held?.release();
    this.#held = null;
  }
}

/** The page with the launcher: a ChatLink over the network, the conversation in memory, the chat in session storage. */
class Page {
  /** Messages on screen, by id, as the launcher keeps them. */
  view = new Map<string, ChatMessage>();
  /** Ids of everything the shopper typed, in the order typed. */
  readonly typed: string[] = [];
  reloads = 0;
  link: ChatLink;
  readonly #env: LinkEnv;

  constructor(
    readonly network: Network,
    saved: { id: string; token: string },
  ) {
    const stored = new Map<string, string>();
    const storage: ChatStorage = {
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => void stored.set(key, value),
      removeItem: (key) => void stored.delete(key),
    };
    // Reconnect and send again at once: the script, not the clock, decides when the network fails.
    this.#env = { storage, online: new EventTarget(), fetch: network.fetch, backoff: () => 0 };
    this.link = this.#open({ ...saved, exp: Date.now() + RESUME_MS, outbox: [], read: 0 });
    this.link.save();
  }

  #open(saved: NonNullable<ReturnType<typeof readSaved>>): ChatLink {
    const view = this.view;
    const link = new ChatLink(
      KEY,
      BASE,
      'en',
      saved,
      {
        event: (event) => {
          if (event.type === 'message') view.set(event.message.id, ChatMessage.parse(event.message));
        },
        change: () => {
          for (const item of link.outbox) if (item.failed && !item.retryable) this.network.problems.push(`sending ${item.id} was refused`);
        },
        lost: () => this.network.problems.push('the chat was lost'),
      },
      this.#env,
    );
    link.start();
    return link;
  }

  /** Sequence of the last event the page received on the stream. */
  get lastSequence(): number {
    return this.link.sequence;
  }

  get outbox(): number {
    return this.link.outbox.length;
  }

  type(text: string): void {
    this.typed.push(this.link.send(text).id);
  }

  /** The page reloads: the stream and everything in memory are gone; the chat and its outbox were stored. */
  reload(): void {
    this.link.stop();
    this.view = new Map();
    this.network.streamed = 0;
    this.network.cutAfter(null);
    const saved = readSaved(KEY, this.#env);
    assert.ok(saved, 'the chat is resumed after a reload');
    this.link = this.#open(saved);
    this.reloads++;
  }
}

describe('chat delivery over dropped streams and reloads', () => {
  it('loses nothing, delivers nothing twice and keeps the typed order over 100 stream drops and 5 reloads', async (t) => {
    const api = testApp({ random: prng(11) });
    const random = prng(4242);
    const started = await api.call('POST', '/v1/chat/sessions', {
      headers: { 'idempotency-key': 'chat-delivery-session-000000000001' },
      body: { locale: 'en', market: 'SE', topic: 'returns', recordingConsent: false },
    });
    assert.equal(started.status, 201, started.text);
    const { session, chatToken } = started.body as { session: { id: string }; chatToken: string };
    const network = new Network(api, random);
    const client = new Page(network, { id: session.id, token: chatToken });
    t.after(() => client.link.stop());
    const serverSequence = async () => (await api.call('GET', `/v1/chat/sessions/${session.id}`, { token: chatToken })).body.lastSequence as number;
    const transcript = async () => (await api.call('GET', `/v1/chat/sessions/${session.id}/transcript`, { token: chatToken })).body.messages as ChatMessage[];
    const pause = () => new Promise((resolve) => setTimeout(resolve, 2));

    /** Until `done`, letting the link reconnect and send again on its own. */
    const until = async (done: () => boolean | Promise<boolean>, what: () => string | Promise<string>) => {
      for (let spin = 0; spin < 5_000; spin++) {
        if (await done()) return;
        await (spin % 10 === 9 ? pause() : settle());
      }
      assert.fail(await what());
    };
    /** Until everything typed is stored, everything stored is on screen and the stream is open again. */
    const catchUp = () =>
      until(
        async () => client.outbox === 0 && (network.connected || network.held) && client.lastSequence >= (await serverSequence()),
        async () => `no catching up: ${client.outbox} unsent, seen ${client.lastSequence} of ${await serverSequence()}`,
      );
    /** What is on screen is exactly the stored conversation so far. */
    const matchesServer = async (when: string) => {
      const stored = (await transcript()).filter((m) => m.sequence <= client.lastSequence);
      const shown = [...client.view.values()].sort((a, b) => a.sequence - b.sequence);
      assert.deepEqual(
        shown.map((m) => `${m.sequence}:${m.id}`),
        stored.map((m) => `${m.sequence}:${m.id}`),
        `${when}: the conversation on screen differs from the stored one (${network.problems.join('; ')})`,
      );
    };

    await catchUp();
    for (let step = 0; step < STEPS; step++) {
      if (RELOAD_AT.has(step)) {
        client.reload();
        await catchUp();
      }
      // First drop: somewhere in what the next send brings (mid-event, most of the time).
      const dropsBefore = network.drops;
      network.cutAfter(Math.floor(random() * 900));
      client.type(step === 30 ? 'I want to talk to a person' : SCRIPT[step % SCRIPT.length]!);
      await catchUp();
      if (network.drops === dropsBefore) network.drop({ hold: true });
      // Second drop: while idle, or right as the stream reopens after a message was sent offline.
      if (!network.held) network.drop();
      else {
        if (random() < 0.7) {
          client.type(`${SCRIPT[(step + 3) % SCRIPT.length]} (sent offline)`);
          await until(
            () => client.outbox === 0,
            () => `${client.outbox} unsent while the stream was down`,
          );
        }
        network.cutAfter(0);
        network.release();
      }
      await api.scheduler.advance(1_000 + Math.floor(random() * 4_000)); // heartbeats, the simulated agent
      await catchUp();
      assert.equal(network.drops, dropsBefore + 2, `step ${step}: two drops`);
      await matchesServer(`step ${step}`);
    }

    await api.scheduler.advance(120_000);
    await catchUp();
    const stored = await transcript();
    await matchesServer('the end');
    t.diagnostic(
      `${network.drops} stream drops, ${client.reloads} reloads, ${network.resumes} resumes with Last-Event-ID; ${stored.length} messages stored, ${stored.filter((m) => m.author === 'shopper').length} from the shopper`,
    );

    assert.equal(network.drops, 2 * STEPS, 'stream drops');
    assert.equal(client.reloads, RELOAD_AT.size, 'reloads');
    assert.deepEqual(network.problems, []);
    // Every typed message stored exactly once, in the order typed; sequences without gaps.
    const typed = stored.filter((m) => m.author === 'shopper').map((m) => m.id);
    assert.equal(new Set(typed).size, typed.length, 'a message was stored twice');
    assert.deepEqual(typed, client.typed, 'every typed message is stored once, in the order typed');
    assert.deepEqual(
      stored.map((m) => m.sequence),
      stored.map((_, i) => i + 1),
      'stored sequences are 1, 2, 3, … without gaps',
    );
    assert.equal(client.outbox, 0, 'the outbox is empty');
  });
});

describe('a conversation that outlasts one chat token', () => {
  it('renews the token before it runs out, so the chat goes on after the first token expired', async (t) => {
    const api = testApp({ random: prng(7) });
    const started = await api.call('POST', '/v1/chat/sessions', {
      headers: { 'idempotency-key': 'chat-renewal-session-0000000000001' },
      body: { locale: 'en', market: 'SE', topic: 'returns', recordingConsent: false },
    });
    assert.equal(started.status, 201, started.text);
    const { session, chatToken } = started.body as { session: { id: string }; chatToken: string };
    // 21 of the token's 30 minutes pass, on the API's clock and on the page's.
    await api.scheduler.advance(21 * 60_000);
    const stored = new Map<string, string>();
    const storage: ChatStorage = { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => void stored.set(key, value), removeItem: (key) => void stored.delete(key) };
    let lost = 0;
    const link = new ChatLink(
      KEY,
      BASE,
      'en',
      { id: session.id, token: chatToken, tokenAt: Date.now() - 21 * 60_000, exp: Date.now() + RESUME_MS, outbox: [], read: 0 },
      { event: () => {}, change: () => {}, lost: () => void lost++ },
      { storage, online: new EventTarget(), fetch: (request) => Promise.resolve(api.app.fetch(request)), backoff: () => 0 },
    );
    link.start();
    t.after(() => link.stop());
    const spin = async (done: () => boolean, what: string) => {
      for (let i = 0; i < 5_000 && !done(); i++) await settle();
      assert.ok(done(), what);
    };
    await spin(() => link.saved.token !== chatToken, 'the token was renewed');
    assert.equal(JSON.parse(stored.get(KEY)!).token, link.saved.token, 'the renewed token is what a reload resumes with');

    await api.scheduler.advance(15 * 60_000);
    assert.equal((await api.call('GET', `/v1/chat/sessions/${session.id}`, { token: chatToken })).status, 401, 'the first token has run out');
    const sent = link.send('Still there?');
    await spin(() => link.outbox.length === 0, 'the message was sent');
    const transcript = await api.call('GET', `/v1/chat/sessions/${session.id}/transcript`, { token: link.saved.token });
    assert.ok((transcript.body.messages as ChatMessage[]).some((m) => m.id === sent.id && m.text === 'Still there?'));
    assert.equal(lost, 0, 'the chat was never lost');
  });
});
