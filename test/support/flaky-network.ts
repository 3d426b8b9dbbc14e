/**
 * Test support for the launcher's browser tests: takes the network away from the page and drops
 * open event streams, as a flaky mobile connection would. It wraps `window.fetch` once; `restore()`
 * gives the real network back.
 */
const realFetch = window.fetch.bind(window);
let offline = false;
let holdStreams = false;
/** Open event streams: the body the page reads, and the reader of the real answer behind it. */
const streams = new Map<ReadableStreamDefaultController<Uint8Array>, ReadableStreamDefaultReader<Uint8Array>>();
let opened = 0;
let lastEventId: string | null = null;

function end(controller: ReadableStreamDefaultController<Uint8Array>, error?: unknown): void {
  const reader = streams.get(controller);
  streams.delete(controller);
  try {
    if (error) controller.error(error);
    else controller.close();
  } catch {
    /* already ended */
  }
  void reader?.cancel().catch(() => undefined);
}

window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  if (offline) throw new TypeError('Failed to fetch');
  const request = new Request(input, init);
  const isStream = request.headers.get('accept') === 'text/event-stream';
  if (isStream && holdStreams) throw new TypeError('Failed to fetch');
  if (isStream) lastEventId = request.headers.get('last-event-id');
  const response = await realFetch(request);
  if (!isStream || !response.body) return response;
  opened++;
  const reader = response.body.getReader();
  let self: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      self = controller;
      streams.set(controller, reader);
    },
    async pull(controller) {
      try {
        const { value, done } = await reader.read();
        if (!streams.has(controller)) return;
        if (done) end(controller);
        else controller.enqueue(value);
      } catch (error) {
        if (streams.has(controller)) end(controller, error);
      }
    },
    cancel() {
      end(self);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
};

export const network = {
  /** Every request fails as if the device had no connection. */
  offline(): void {
    offline = true;
  },
  /** The real network again. */
  restore(): void {
    offline = false;
    holdStreams = false;
  },
  /** Breaks every open event stream mid-read; `hold` also refuses new ones until `restore()`. */
  dropStreams(options: { hold?: boolean } = {}): number {
    holdStreams = options.hold ?? false;
    const count = streams.size;
    for (const controller of [...streams.keys()]) end(controller, new TypeError('network error'));
    return count;
  },
  /** Event streams open now. */
  get open(): number {
    return streams.size;
  },
  /** Event streams opened since the page loaded. */
  get opened(): number {
    return opened;
  },
  /** The Last-Event-ID the latest event stream was asked with. */
  get lastEventId(): string | null {
    return lastEventId;
  },
};
