import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventParser, readEventStream, type StreamEvent } from '../src/events.js';

/** Feeds the pieces to a parser and answers what it saw. */
function parse(...pieces: string[]) {
  const events: StreamEvent[] = [];
  const comments: string[] = [];
  const push = eventParser({ event: (e) => events.push(e), comment: (c) => comments.push(c) });
  for (const piece of pieces) push(piece);
  return { events, comments };
}

/** A body that delivers these byte arrays one read at a time. */
function body(chunks: Uint8Array[], end: 'close' | Error = 'close'): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else if (end === 'close') controller.close();
      else controller.error(end);
    },
  });
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('event stream reader', () => {
  it('dispatches an event at its blank line with its data and id (other fields ignored), for every kind of line end', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const { events } = parse(`id: 7${eol}event: session${eol}data: {"a":1}${eol}${eol}data: next${eol}${eol}`);
      assert.deepEqual(
        events,
        [
          { id: '7', data: '{"a":1}' },
          { id: '7', data: 'next' },
        ],
        JSON.stringify(eol),
      );
    }
  });

  it('joins multi-line data with \\n and keeps a space after the colon only once', () => {
    const { events } = parse('data: first\ndata:second\ndata:  indented\ndata\n\n');
    assert.deepEqual(events, [{ id: null, data: 'first\nsecond\n indented\n' }]);
  });

  it('reports comments (heartbeats) and dispatches nothing for them or for an event without data', () => {
    const { events, comments } = parse(': heartbeat\n\nretry: 3000\n\n:\n\nid: 4\n\n');
    assert.deepEqual(events, []);
    assert.deepEqual(comments, [' heartbeat', '']);
  });

  it('keeps the last id for later events, as Last-Event-ID, and ignores an id with a NUL', () => {
    const { events } = parse('id: 1\ndata: a\n\ndata: b\n\nid: 2\u00003\ndata: c\n\nid\ndata: d\n\n');
    assert.deepEqual(
      events.map((e) => e.id),
      ['1', '1', '1', ''],
    );
  });

  it('puts together events split across pieces at any point, a \\r\\n split in two included', () => {
    const stream = 'id: 1\r\ndata: {"text":"héllo"}\r\n\r\n: ping\r\n\r\nid: 2\r\nevent: typing\r\ndata: x\r\ndata: y\r\n\r\n';
    const whole = parse(stream);
    assert.equal(whole.events.length, 2);
    for (let size = 1; size <= 7; size++) {
      const pieces: string[] = [];
      for (let at = 0; at < stream.length; at += size) pieces.push(stream.slice(at, at + size));
      assert.deepEqual(parse(...pieces), whole, `pieces of ${size}`);
    }
    for (let at = 0; at <= stream.length; at++) assert.deepEqual(parse(stream.slice(0, at), '', stream.slice(at)), whole, `cut at ${at}`);
  });

  it('dispatches an event ended by \\r at once, without waiting for a \\n that may follow', () => {
    const events: StreamEvent[] = [];
    const push = eventParser({ event: (e) => events.push(e) });
    push('data: a\r\r');
    assert.equal(events.length, 1);
    push('\ndata: b\r\n\r\n');
    assert.deepEqual(
      events.map((e) => e.data),
      ['a', 'b'],
    );
  });

  it('loses an event cut before its blank line instead of dispatching part of it', () => {
    assert.deepEqual(parse('data: {"a":1}\n\ndata: {"b"').events, [{ id: null, data: '{"a":1}' }]);
  });

  it('reads a body byte by byte, characters split between reads included', async () => {
    const text = 'id: 3\ndata: {"text":"Grüße 👋 مرحبا"}\n\n: heartbeat\n\n';
    const encoded = bytes(text);
    const events: StreamEvent[] = [];
    let chunks = '';
    await readEventStream(body([...encoded].map((b) => Uint8Array.of(b))), { event: (e) => events.push(e), chunk: (t) => (chunks += t) });
    assert.deepEqual(events, [{ id: '3', data: '{"text":"Grüße 👋 مرحبا"}' }]);
    assert.equal(chunks, text);
  });

  it('ends when the body ends and rejects when it breaks', async () => {
    const events: StreamEvent[] = [];
    await readEventStream(body([bytes('data: a\n\n'), bytes('data: b\n')]), { event: (e) => events.push(e) });
    assert.deepEqual(
      events.map((e) => e.data),
      ['a'],
    );
    const dropped = new TypeError('network error');
    await assert.rejects(readEventStream(body([bytes('data: c\n\n')], dropped), { event: (e) => events.push(e) }), dropped);
    assert.deepEqual(
      events.map((e) => e.data),
      ['a', 'c'],
    );
  });
});
