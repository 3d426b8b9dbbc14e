/**
 * Server-Sent Events read over fetch: the chat stream needs an Authorization header, which
 * EventSource cannot send. A subpath of its own (`@assist/client/events`) so only the pages that
 * stream carry it. Runs in browsers and in Node.
 */

/** One event of a `text/event-stream` body. */
export interface StreamEvent {
  /** The last `id` the stream gave, on this event or an earlier one (EventSource's `lastEventId`); null before any. */
  id: string | null;
  /** The `data` lines, joined with `\n`. */
  data: string;
}

export interface StreamReader {
  /** An event with data, once its closing blank line has arrived: a stream cut mid-event loses that event, never garbles it. */
  event(event: StreamEvent): void;
  /** A comment line (a heartbeat), without its colon. */
  comment?(text: string): void;
  /** Every piece of text as it arrives, before it is parsed: bytes arriving show the connection is alive. */
  chunk?(text: string): void;
}

/**
 * A parser fed text in pieces of any size; it calls `on` as events complete. Lines end in `\n`,
 * `\r\n` or `\r`; a `\n` opening a piece after one that ended in `\r` is the rest of that line end.
 */
export function eventParser(on: StreamReader): (text: string) => void {
  let rest = '';
  let data: string[] = [];
  let id: string | null = null;
  let cr = false;
  return (text) => {
    if (!text) return;
    const lines = (rest + (cr && text[0] === '\n' ? text.slice(1) : text)).split(/\r\n?|\n/);
    cr = text.endsWith('\r');
    rest = lines.pop()!;
    for (const line of lines) {
      // The field is up to the first colon; the value after it, less one space.
      const [, field, value] = /([^:]*):? ?(.*)/s.exec(line) as unknown as [string, string, string];
      if (!line) {
        if (data.length) on.event({ id, data: data.join('\n') });
        data = [];
      } else if (!field) on.comment?.(line.slice(1));
      else if (field === 'data') data.push(value);
      else if (field === 'id' && !value.includes('\0')) id = value;
    }
  };
}

/**
 * Reads a `text/event-stream` body until it ends; rejects when it breaks (a dropped connection, an
 * abort). Bytes are decoded as a stream, so a character split across two reads arrives whole.
 */
export async function readEventStream(body: ReadableStream<Uint8Array>, on: StreamReader): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parse = eventParser(on);
  for (let read; !(read = await reader.read()).done;) {
    const text = decoder.decode(read.value, { stream: true });
    on.chunk?.(text);
    parse(text);
  }
}
