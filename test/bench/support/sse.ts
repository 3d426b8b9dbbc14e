/**
 * A Server-Sent Events reader over fetch (the chat stream needs an Authorization header, which
 * EventSource cannot send). Runs in Node and in the browser.
 */
export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

/**
 * Parses an event stream fed in pieces of any size: an event is dispatched only once its blank line
 * has arrived, so a connection cut in the middle of an event loses that event, never garbles it.
 */
export class SseParser {
  #buffer = '';
  #id: string | null = null;
  #event = '';
  #data: string[] = [];

  /** The last `id:` seen in a dispatched event, as EventSource keeps it for Last-Event-ID. */
  lastEventId: string | null = null;

  push(text: string): SseEvent[] {
    this.#buffer += text;
    const out: SseEvent[] = [];
    let end: number;
    while ((end = this.#buffer.search(/\r\n|\r|\n/)) !== -1) {
      // A lone \r at the very end may be the first half of \r\n: wait for more.
      if (this.#buffer[end] === '\r' && end === this.#buffer.length - 1) break;
      const line = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + (this.#buffer.startsWith('\r\n', end) ? 2 : 1));
      const event = this.#line(line);
      if (event) out.push(event);
    }
    return out;
  }

  #line(text: string): SseEvent | null {
    if (text === '') {
      const event = this.#data.length > 0 ? { id: this.#id, event: this.#event || 'message', data: this.#data.join('\n') } : null;
      if (event && this.#id !== null) this.lastEventId = this.#id;
      this.#event = '';
      this.#data = [];
      return event;
    }
    if (text.startsWith(':')) return null;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#id = value;
    return null;
  }
}

/** Reads events from a response body until it ends or is aborted; `onEvent` sees each one. */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: SseEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const event of parser.push(decoder.decode(value, { stream: true }))) onEvent(event);
    }
  } catch (error) {
    if ((error as { name?: string }).name !== 'AbortError') throw error;
  } finally {
    reader.releaseLock();
  }
}
