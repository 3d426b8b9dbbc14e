import type { Attachment, ChatEvent, ChatMessage } from '@assist/contract';
import { AssistApiError, CLIENT_ID_HEADER, createClient, newKey, type AssistClient } from '@assist/client';
import { readEventStream } from '@assist/client/events';
import { fillPath, renewChatToken, sendChatMessage, streamChatEvents } from '@assist/contract/endpoints';
import { getConfig } from '../config.js';

/** A message the shopper wrote that the API has not confirmed yet. */
export interface Pending {
  id: string;
  text: string;
  action?: { id: string; choice: string };
  /** Files uploaded for the message. */
  attachments?: Attachment[] | undefined;
  /** The last attempt failed; `retryable` when sending again can succeed on its own. */
  failed?: boolean;
  retryable?: boolean;
}

/** What survives a reload: the chat, its token, unsent messages and how far the shopper has read. */
export interface Saved {
  id: string;
  token: string;
  /** When the page got the token (Unix ms, the page's clock); missing: renew at once. */
  tokenAt?: number;
  /** Unix ms after which the chat is not resumed. */
  exp: number;
  outbox: Pending[];
  read: number;
}

export interface LinkHandlers {
  /** A stream event, or a message the API confirmed. */
  event(event: ChatEvent): void;
  /** The outbox or the connection changed. */
  change(): void;
  /** The chat cannot be reached any more (expired token, chat gone). */
  lost(): void;
}

/** Where a chat is kept across reloads: sessionStorage, or what a test gives. */
export type ChatStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the link takes from the page; each defaults to the browser's own. */
export interface LinkEnv {
  /** Keeps the chat across reloads (sessionStorage). */
  storage?: ChatStorage;
  /** Fires `online` when the device is back on the network (window). */
  online?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** Sends every request of the chat, its event stream included (fetch). */
  fetch?: (request: Request) => Promise<Response>;
  /** The wait in ms before try `attempt` again (`backoff`). */
  backoff?: (attempt: number) => number;
}

/** How long a chat can be resumed after a reload. */
export const RESUME_MS = 24 * 60 * 60 * 1000;
const BACKOFF_MS = 500;
const BACKOFF_MAX_MS = 30_000;
/** No bytes for this long (heartbeats included) means the connection is dead. */
const SILENCE_MS = 45_000;
/** A chat token is renewed once it has less than this left (tokens last 30 minutes; a conversation may last longer). */
const RENEW_BEFORE_MS = 10 * 60_000;

/** How long a chat token (a JWT) lasts, in ms, from its own claims (so the page's clock may differ from the API's); forever for one that cannot be read. */
function lifetimeOf(token: string): number {
  try {
    const { iat, exp } = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { iat: number; exp: number };
    return (exp - iat) * 1000;
  } catch {
    return Infinity;
  }
}

/** Read lazily: in a sandboxed frame touching sessionStorage throws. */
const storageOf = (env?: LinkEnv) => env?.storage ?? sessionStorage;

export function readSaved(key: string, env?: LinkEnv): Saved | null {
  try {
    const storage = storageOf(env);
    const saved = JSON.parse(storage.getItem(key) ?? 'null') as Saved | null;
    if (saved && saved.exp > Date.now() && saved.id && saved.token && Array.isArray(saved.outbox)) return saved;
    storage.removeItem(key);
  } catch {
    /* storage disabled or unreadable: nothing to resume */
  }
  return null;
}

/** The next wait: doubling from 0.5 s up to 30 s, each a random point in its upper half (full jitter would bunch at 0). */
export const backoff = (attempt: number, random = Math.random): number => {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_MS * 2 ** attempt);
  return step / 2 + random() * (step / 2);
};

/**
 * The live connection of one chat: the event stream (fetch, so the token goes in a header and never
 * in the URL), reconnecting with backoff and jitter and resuming after the last event seen; and the
 * outbox, kept in sessionStorage, sent with the message's own id as idempotency key so the API
 * stores each message once however often it is sent.
 */
export class ChatLink implements EventListenerObject {
  readonly client: AssistClient;
  readonly saved: Saved;
  /** The stream dropped or could not connect, and is not back yet. */
  down = false;
  /**
   * The id of the last event the stream gave (a message's sequence): a reconnect resumes after it.
   * Only the stream moves it: a message confirmed by its send may be ahead of others still to come.
   */
  sequence = 0;
  readonly #key: string;
  readonly #on: LinkHandlers;
  readonly #env: Required<Omit<LinkEnv, 'storage'>> & LinkEnv;
  #pumping = false;
  #failures = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  #request: AbortController | undefined;
  #wake: (() => void) | undefined;
  #renewing: Promise<void> | undefined;

  constructor(key: string, baseUrl: string, locale: string, saved: Saved, on: LinkHandlers, env: LinkEnv = {}) {
    this.#key = key;
    this.saved = saved;
    this.#on = on;
    // The page's own where the caller gives none, resolved once (storage is read where used: see storageOf).
    this.#env = { online: globalThis, fetch: (request) => fetch(request), backoff, ...env };
    this.client = createClient({ baseUrl, locale, token: saved.token, clientId: getConfig().clientId, fetch: this.#env.fetch });
  }

  get outbox(): Pending[] {
    return this.saved.outbox;
  }

  save(): void {
    try {
      storageOf(this.#env).setItem(this.#key, JSON.stringify(this.saved));
    } catch {
      /* storage full or disabled: the chat still works for this page */
    }
  }

  /** Renews the chat token when it runs out soon (at most one renewal at a time); a failure is tried again at the next heartbeat. */
  #keepFresh(): Promise<void> {
    if (Date.now() - (this.saved.tokenAt ?? 0) < lifetimeOf(this.saved.token) - RENEW_BEFORE_MS) return Promise.resolve();
    return (this.#renewing ??= this.client
      .call(renewChatToken, { params: { id: this.saved.id }, body: {} })
      .then(({ chatToken }) => {
        if (this.#stopped) return;
        this.saved.token = chatToken;
        this.saved.tokenAt = Date.now();
        this.client.setToken(chatToken);
        this.save();
      })
      .catch(() => undefined)
      .finally(() => (this.#renewing = undefined)));
  }

  /** The device is back online: reconnect now instead of after the backoff. */
  handleEvent(): void {
    this.#wake?.();
  }

  start(): void {
    this.#env.online.addEventListener('online', this);
    void this.#run();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#retry);
    this.#env.online.removeEventListener('online', this);
    this.#request?.abort();
    this.#wake?.();
  }

  /** Stops and forgets the chat. */
  forget(): void {
    this.stop();
    try {
      storageOf(this.#env).removeItem(this.#key);
    } catch {
      /* nothing stored */
    }
  }

  /** Queues a message and sends it; it stays in the outbox until the API confirms it. */
  send(text: string, action?: Pending['action'], attachments?: Attachment[]): Pending {
    const item: Pending = { id: `m${newKey()}`, text, attachments, ...(action ? { action } : {}) };
    this.outbox.push(item);
    this.save();
    void this.#flush();
    return item;
  }

  /** The shopper asked to send a failed message again. */
  retry(item: Pending): void {
    item.failed = false;
    this.#on.change();
    void this.#flush();
  }

  /**
   * Sends the outbox one message at a time, oldest first, so the conversation keeps the order the
   * shopper wrote in. A failure that may pass (no network, 503) stops the round and tries again
   * after a backoff, or sooner when the stream reconnects; a message the API refuses is skipped.
   */
  async #flush(): Promise<void> {
    if (this.#pumping || this.#stopped) return;
    this.#pumping = true;
    clearTimeout(this.#retry);
    try {
      for (let item; (item = this.outbox.find((p) => !p.failed || p.retryable));) {
        const sent = await this.#deliver(item);
        if (this.#stopped) return;
        if (sent === false) {
          this.#retry = setTimeout(() => void this.#flush(), this.#env.backoff(this.#failures++));
          return;
        }
        if (sent) this.#failures = 0;
      }
    } finally {
      this.#pumping = false;
    }
  }

  /** true: confirmed; false: failed, may pass; null: refused. */
  async #deliver(item: Pending): Promise<boolean | null> {
    try {
      const message = await this.client.call(
        sendChatMessage,
        { params: { id: this.saved.id }, body: { id: item.id, text: item.text, attachments: item.attachments?.map((a) => a.id), ...(item.action ? { action: item.action } : {}) } },
        { idempotencyKey: item.id },
      );
      this.#receive({ type: 'message', sequence: message.sequence, message });
      return true;
    } catch (error) {
      // A stopped link (the element left the page) must not overwrite what a newer one saved.
      if (this.#stopped || !this.outbox.includes(item)) return true;
      const api = error instanceof AssistApiError ? error : undefined;
      item.failed = true;
      // Another copy of this page sending the same message right now: wait for it.
      item.retryable = !api || api.retryable || api.code === 'idempotency_in_progress';
      if (api && (api.status === 401 || api.status === 404)) this.#on.lost();
      this.save();
      this.#on.change();
      return item.retryable ? false : null;
    }
  }

  #receive(event: ChatEvent): void {
    if (event.type === 'message') {
      const message: ChatMessage = event.message;
      const index = this.outbox.findIndex((p) => p.id === message.id);
      if (index >= 0) {
        this.outbox.splice(index, 1);
        if (!this.#stopped) this.save();
      }
    }
    this.#on.event(event);
  }

  async #run(): Promise<void> {
    let attempt = 0;
    const url = this.client.baseUrl + fillPath(streamChatEvents.path, { id: this.saved.id });
    while (!this.#stopped) {
      const request = new AbortController();
      this.#request = request;
      let silence: ReturnType<typeof setTimeout> | undefined;
      const heard = () => {
        clearTimeout(silence);
        silence = setTimeout(() => request.abort(), SILENCE_MS);
        void this.#keepFresh();
      };
      try {
        await this.#keepFresh();
        heard();
        const response = await this.#env.fetch(
          new Request(url, {
            headers: {
              accept: 'text/event-stream',
              authorization: `Bearer ${this.saved.token}`,
              'last-event-id': String(this.sequence),
              ...(this.client.clientId ? { [CLIENT_ID_HEADER]: this.client.clientId } : {}),
            },
            cache: 'no-store',
            signal: request.signal,
          }),
        );
        if (response.status === 401 || response.status === 403 || response.status === 404) {
          this.#on.lost();
          return;
        }
        if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
        this.down = false;
        this.#on.change();
        void this.#flush();
        await readEventStream(response.body, {
          event: ({ id, data }) => {
            let event: ChatEvent;
            try {
              event = JSON.parse(data) as ChatEvent;
            } catch {
              return;
            }
            attempt = 0;
            if (id) this.sequence = +id;
            this.#receive(event);
          },
          chunk: heard,
        });
      } catch {
        /* dropped, refused or silent: try again below */
      } finally {
        clearTimeout(silence);
      }
      if (this.#stopped) return;
      this.down = true;
      this.#on.change();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.#env.backoff(attempt++));
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
    }
  }
}
