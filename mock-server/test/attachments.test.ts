import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { Attachment, MAX_ATTACHMENT_BYTES } from '@assist/contract';
import { DEMO_AGENT_TOKEN } from '../src/app.js';
import { GPS_MARK, contains, jpeg, pdf, png, webp } from './attachment-files.js';
import { assertError, key, setup, type Answer } from './support.js';
import { chatSetup, readStream } from './chat-support.js';
import { purge } from '../src/jobs/purge.js';

type Setup = ReturnType<typeof setup>;

interface UploadInit {
  type?: string | null;
  name?: string | null;
  token?: string | null;
  key?: string;
  headers?: Record<string, string>;
}

/** Uploads raw bytes as the client does: the file as the body, its type and percent-encoded name in headers. */
async function upload(s: Pick<Setup, 'app'>, token: string | null, body: Uint8Array | ReadableStream<Uint8Array>, init: UploadInit = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.type !== null) headers['content-type'] = init.type ?? 'image/png';
  if (init.name !== null) headers['x-file-name'] = init.name ?? encodeURIComponent('photo.png');
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.key) headers['idempotency-key'] = init.key;
  const response = await s.app.request('/v1/attachments', { method: 'POST', headers, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Reads an attachment's content, by its url or with a token. */
async function fetchContent(s: Pick<Setup, 'app'>, path: string, token?: string) {
  const response = await s.app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Waits until `check` holds (the event stream delivers as the store and signing answer), failing after 10 s. */
async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(check(), what);
}

const ok = (answer: Answer) => {
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return Attachment.parse(answer.body);
};

describe('uploading attachments', () => {
  it('takes each type, reads the pixel size from the content and answers a signed url', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const cases = [
      { file: jpeg(640, 480), type: 'image/jpeg', name: 'IMG_0042.JPG', size: [640, 480] },
      { file: png(3, 2), type: 'image/png', name: 'skärmbild.png', size: [3, 2] },
      { file: webp(1200, 900), type: 'image/webp', name: 'photo.webp', size: [1200, 900] },
      { file: webp(4000, 3000, { exif: false }), type: 'image/webp', name: 'big.webp', size: [4000, 3000] },
      { file: pdf(), type: 'application/pdf', name: 'kvitto #12.pdf', size: [null, null] },
    ];
    for (const c of cases) {
      const attachment = ok(await upload(s, token, c.file, { type: c.type, name: encodeURIComponent(c.name) }));
      assert.match(attachment.id, /^att_/);
      assert.equal(attachment.contentType, c.type);
      assert.equal(attachment.fileName, c.name);
      assert.equal(attachment.size, c.file.length);
      assert.deepEqual([attachment.width, attachment.height], c.size);
      assert.equal(attachment.createdAt, '2026-11-18T10:00:00.000Z');
      const url = new URL(attachment.url, 'https://api.test');
      assert.equal(url.pathname, `/v1/attachments/${attachment.id}/content`);
      assert.equal(url.searchParams.get('expires'), String(Date.parse('2026-11-18T11:00:00Z') / 1000));
      assert.match(url.searchParams.get('signature')!, /^[0-9a-f]{64}$/);
      const content = await fetchContent(s, attachment.url);
      assert.equal(content.status, 200);
      assert.deepEqual(content.bytes, c.file);
    }
  });

  it('reads the size of a WebP in its extended form (VP8X)', async () => {
    const s = setup();
    const attachment = ok(await upload(s, await s.login(), webp(800, 600, { exif: true }), { type: 'image/webp' }));
    assert.deepEqual([attachment.width, attachment.height], [800, 600]);
  });

  it('judges the type by the content: a declared type that disagrees, or a text file renamed to .jpg, is 415 unsupported_type', async () => {
    const s = setup();
    const token = await s.login();
    const mismatch = await upload(s, token, png(2, 2), { type: 'image/jpeg', name: 'photo.jpg' });
    assertError(mismatch, 415, 'unsupported_type');
    assert.match(mismatch.body.error.message, /sent as a JPEG image but is a PNG image/);
    const renamed = await upload(s, token, new TextEncoder().encode('Just some notes about my order\n'), { type: 'image/jpeg', name: 'notes.jpg' });
    assertError(renamed, 415, 'unsupported_type');
    assert.match(renamed.body.error.message, /JPEG, PNG or WebP\) or a PDF/);
    assertError(await upload(s, token, pdf(), { type: 'text/plain', name: 'receipt.txt' }), 415, 'unsupported_type');
    assertError(await upload(s, token, png(2, 2), { type: null }), 415, 'unsupported_type');
    // HEIC (what an iPhone sends unless converted) is not one of the types.
    assertError(await upload(s, token, new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]), { type: 'image/heic' }), 415, 'unsupported_type');
    // A JPEG cut off before its frame header cannot be shown.
    assertError(await upload(s, token, jpeg(10, 10).subarray(0, 30), { type: 'image/jpeg' }), 415, 'unsupported_type');
  });

  it('refuses an empty file (400) and a missing or broken file name (400)', async () => {
    const s = setup();
    const token = await s.login();
    const empty = await upload(s, token, new Uint8Array(0));
    assertError(empty, 400, 'validation_failed');
    assert.match(empty.body.error.message, /empty/);
    for (const name of [null, '', '%E0%A4%A', encodeURIComponent('../../etc/passwd'), encodeURIComponent('a'.repeat(121) + '.png')]) {
      const answer = await upload(s, token, png(2, 2), { name });
      assertError(answer, 400, 'validation_failed');
      assert.equal(answer.body.error.issues[0].path, 'header.X-File-Name');
    }
  });

  it('refuses more than 10 MB with 413 too_large, from Content-Length before reading and by counting without it', async () => {
    const s = setup();
    const token = await s.login();
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(png(2, 2));
    assertError(await upload(s, token, big, { headers: { 'content-length': String(big.length) } }), 413, 'too_large');

    // Without Content-Length (chunked): the body is read until it passes the limit, then cancelled.
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(1024 * 1024);
    chunk.set(png(2, 2));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        controller.enqueue(chunk);
        if (pulled > 64 * 1024 * 1024) controller.close();
      },
      cancel() {
        cancelled = true;
      },
    });
    assertError(await upload(s, token, stream), 413, 'too_large');
    assert.ok(cancelled, 'the upload was cancelled');
    assert.ok(pulled <= MAX_ATTACHMENT_BYTES + 2 * chunk.length, `read ${pulled} bytes of an endless body`);

    // Exactly 10 MB is fine.
    const exact = new Uint8Array(MAX_ATTACHMENT_BYTES);
    exact.set(pdf());
    assert.equal(ok(await upload(s, token, exact, { type: 'application/pdf', name: 'scan.pdf' })).size, MAX_ATTACHMENT_BYTES);
  });

  it('lifts the 64 KB body limit for uploads only', async () => {
    const s = setup();
    const token = await s.login();
    const scan = new Uint8Array(200 * 1024);
    scan.set(pdf());
    assert.equal(ok(await upload(s, token, scan, { type: 'application/pdf', name: 'scan.pdf' })).size, scan.length);
    const answer = await s.call('POST', '/v1/problems', { token, raw: JSON.stringify({ description: 'x'.repeat(70 * 1024) }), headers: { 'idempotency-key': key(1) } });
    assertError(answer, 413, 'payload_too_large');
  });

  it('needs a shopper, chat or agent token', async () => {
    const s = setup();
    assertError(await upload(s, null, png(2, 2)), 401, 'unauthorized');
    const chat = await s.call('POST', '/v1/chat/sessions', { body: { locale: 'en-GB', market: 'SE', recordingConsent: true }, headers: { 'idempotency-key': key('chat') } });
    ok(await upload(s, chat.body.chatToken, png(2, 2)));
    ok(await upload(s, DEMO_AGENT_TOKEN, png(2, 2)));
  });

  it('removes GPS Exif and XMP from a JPEG, text chunks from a PNG and EXIF from a WebP, keeping the image', async () => {
    const s = setup();
    const token = await s.login();
    const original = jpeg(320, 240, { gps: true });
    assert.ok(contains(original, GPS_MARK) && contains(original, 'Exif'));
    const photo = ok(await upload(s, token, original, { type: 'image/jpeg', name: 'IMG_1.jpg' }));
    const stored = (await fetchContent(s, photo.url)).bytes;
    assert.ok(!contains(stored, GPS_MARK) && !contains(stored, 'Exif') && !contains(stored, 'xmpmeta'), 'no Exif or XMP left');
    assert.equal(photo.size, stored.length);
    assert.ok(contains(stored, 'JFIF'), 'other segments are kept');
    assert.deepEqual(stored.subarray(-6), jpeg(320, 240).subarray(-6), 'the scan is kept');
    assert.deepEqual(stored, jpeg(320, 240), 'exactly the image without its APP1 segments');

    const screenshot = ok(await upload(s, token, png(4, 4, GPS_MARK)));
    assert.deepEqual((await fetchContent(s, screenshot.url)).bytes, png(4, 4));

    const web = ok(await upload(s, token, webp(64, 48, { exif: true }), { type: 'image/webp' }));
    const webBytes = (await fetchContent(s, web.url)).bytes;
    assert.ok(!contains(webBytes, GPS_MARK));
    assert.equal(new DataView(webBytes.buffer, webBytes.byteOffset).getUint32(4, true), webBytes.length - 8, 'the RIFF size fits');
    assert.equal(webBytes[20]! & 0x08, 0, 'VP8X no longer announces Exif');
  });

  it('answers the same attachment to a retried upload with the same Idempotency-Key, with a fresh url', async () => {
    const s = setup();
    const token = await s.login();
    const first = ok(await upload(s, token, png(5, 5), { key: key('up') }));
    s.clock.advance(20 * 60_000);
    const again = await upload(s, token, png(5, 5), { key: key('up') });
    const retried = ok(again);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(retried.id, first.id);
    assert.notEqual(retried.url, first.url, 'signed again, valid an hour from now');
    assert.equal(new URL(retried.url, 'https://x').searchParams.get('expires'), String(Date.parse('2026-11-18T11:20:00Z') / 1000));
    assertError(await upload(s, token, png(6, 6), { key: key('up') }), 422, 'idempotency_mismatch');
  });
});

describe('reading attachment content', () => {
  it('serves it to the signature, the owner and agents; 404 to anyone else, to an expired or wrong signature', async () => {
    const s = setup();
    const astrid = await s.login('astrid');
    const jonas = await s.login('jonas');
    const photo = ok(await upload(s, astrid, png(2, 2)));
    const bare = `/v1/attachments/${photo.id}/content`;
    assert.equal((await fetchContent(s, photo.url)).status, 200, 'signed url, no token');
    assert.equal((await fetchContent(s, photo.url, jonas)).status, 200, 'a signed url works whatever token comes with it');
    assert.equal((await fetchContent(s, bare, astrid)).status, 200, 'the owner');
    assert.equal((await fetchContent(s, bare, DEMO_AGENT_TOKEN)).status, 200, 'an agent');
    const stranger = await s.call('GET', bare, { token: jonas });
    assertError(stranger, 404, 'not_found');
    assertError(await s.call('GET', bare), 404, 'not_found');
    assertError(await s.call('GET', `/v1/attachments/att_doesnotexist/content`, { token: DEMO_AGENT_TOKEN }), 404, 'not_found');
    const url = new URL(photo.url, 'https://x');
    const wrong = `${bare}?expires=${url.searchParams.get('expires')}&signature=${'0'.repeat(64)}`;
    assertError(await s.call('GET', wrong), 404, 'not_found');
    const later = `${bare}?expires=${Number(url.searchParams.get('expires')) + 60}&signature=${url.searchParams.get('signature')}`;
    assertError(await s.call('GET', later), 404, 'not_found');
    s.clock.advance(60 * 60_000 + 1000);
    assertError(await s.call('GET', photo.url), 404, 'not_found');
    assert.equal((await fetchContent(s, bare, await s.login('astrid'))).status, 200, 'the owner still can');
  });

  it('is served with its own type, never sniffed or run, shown inline (images) or downloaded (PDF)', async () => {
    const s = setup();
    const token = await s.login();
    const photo = ok(await upload(s, token, jpeg(8, 8), { type: 'image/jpeg' }));
    const image = await fetchContent(s, photo.url);
    assert.equal(image.headers.get('content-type'), 'image/jpeg');
    assert.equal(image.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(image.headers.get('content-disposition'), 'inline');
    assert.equal(image.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.equal(image.headers.get('cache-control'), 'private, max-age=3600');
    assert.equal(image.headers.get('cross-origin-resource-policy'), 'cross-origin');
    const receipt = ok(await upload(s, token, pdf(), { type: 'application/pdf', name: encodeURIComponent("kvitto (maj) 'ÅÄÖ'.pdf") }));
    const document = await fetchContent(s, receipt.url);
    assert.equal(document.headers.get('content-type'), 'application/pdf');
    assert.equal(document.headers.get('content-disposition'), "attachment; filename*=UTF-8''kvitto%20%28maj%29%20%27%C3%85%C3%84%C3%96%27.pdf");
  });
});

describe('uploads over HTTP', () => {
  it('stops reading a chunked body over 10 MB and answers 413, and stores one of 10 MB', async () => {
    const s = setup();
    const token = await s.login();
    let port = 0;
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: s.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        port = info.port;
        resolve(started);
      });
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      const chunk = new Uint8Array(1024 * 1024);
      chunk.set(png(2, 2));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent > MAX_ATTACHMENT_BYTES + chunk.length) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'image/png', 'x-file-name': 'big.png' };
      const response = await fetch(`${base}/v1/attachments`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
      assert.equal(response.status, 413);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'too_large');

      const exact = new Uint8Array(MAX_ATTACHMENT_BYTES);
      exact.set(png(2, 2));
      const stored = await fetch(`${base}/v1/attachments`, { method: 'POST', headers, body: exact });
      assert.equal(stored.status, 201);
    } finally {
      // The refused upload's socket lingers (unreferenced) until the client is done: close it now.
      (server as Server).closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

const faulty = { orderId: 'ord_se_outdoor', type: 'faulty_item', description: 'The zip of the jacket broke on the first day.' } as const;
const socks = { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'damaged', method: 'drop_off' } as const;

describe('sending attachments with problems and returns', () => {
  it('a problem carries its photos with fresh signed urls; the confirmation mail names them; the webhook gets their metadata', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const photo = ok(await upload(s, token, jpeg(1024, 768, { gps: true }), { type: 'image/jpeg', name: encodeURIComponent('dragkedja.jpg') }));
    const receipt = ok(await upload(s, token, pdf(), { type: 'application/pdf', name: encodeURIComponent('kvitto.pdf') }));
    const answer = await s.call('POST', '/v1/problems', { token, body: { ...faulty, attachments: [photo.id, receipt.id] }, headers: { 'idempotency-key': key('p1') } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.deepEqual(
      answer.body.attachments.map((a: Attachment) => [a.id, a.fileName, a.contentType, a.width, a.height]),
      [
        [photo.id, 'dragkedja.jpg', 'image/jpeg', 1024, 768],
        [receipt.id, 'kvitto.pdf', 'application/pdf', null, null],
      ],
    );
    assert.equal((await fetchContent(s, answer.body.attachments[0].url)).status, 200);

    // Later reads sign afresh; the first urls expire after an hour, the new ones work.
    s.clock.advance(25 * 60_000);
    const later = await s.call('GET', `/v1/problems/${answer.body.id}`, { token });
    assert.notEqual(later.body.attachments[0].url, answer.body.attachments[0].url);
    s.clock.advance(40 * 60_000);
    assertError(await s.call('GET', answer.body.attachments[0].url), 404, 'not_found');
    assert.equal((await fetchContent(s, later.body.attachments[0].url)).status, 200);

    const mail = (await s.deps.store.mails(10)).find((m) => m.kind === 'problem_confirmation')!;
    assert.match(mail.text, /Bifogade filer: dragkedja\.jpg, kvitto\.pdf/);
    assert.match(mail.html, /<dt>Bifogade filer<\/dt><dd>dragkedja\.jpg, kvitto\.pdf<\/dd>/);

    const delivery = (await s.deps.store.deliveries(10)).find((d) => d.type === 'problem.reported')!;
    const sent = JSON.parse(delivery.body) as { data: { problem: { attachments: Record<string, unknown>[] } } };
    assert.deepEqual(
      sent.data.problem.attachments.map((a) => [a.id, a.fileName, a.size]),
      [
        [photo.id, 'dragkedja.jpg', photo.size],
        [receipt.id, 'kvitto.pdf', receipt.size],
      ],
    );
    assert.ok(
      sent.data.problem.attachments.every((a) => !('url' in a)),
      'the merchant gets no content url',
    );
  });

  it('a retried report answers the same problem with its attachments signed anew', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const photo = ok(await upload(s, token, png(2, 2)));
    const report = () => s.call('POST', '/v1/problems', { token, body: { ...faulty, attachments: [photo.id] }, headers: { 'idempotency-key': key('p1') } });
    const first = await report();
    s.clock.advance(10 * 60_000);
    const again = await report();
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.id, first.body.id);
    assert.notEqual(again.body.attachments[0].url, first.body.attachments[0].url);
  });

  it('a return carries its attachments; its mail names them', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const photo = ok(await upload(s, token, webp(640, 480), { type: 'image/webp', name: 'strumpor.webp' }));
    const answer = await s.call('POST', '/v1/returns', { token, body: { ...socks, attachments: [photo.id] }, headers: { 'idempotency-key': key('r1') } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.deepEqual(
      answer.body.attachments.map((a: Attachment) => a.id),
      [photo.id],
    );
    assert.deepEqual(
      (await s.call('GET', `/v1/returns/${answer.body.id}`, { token })).body.attachments.map((a: Attachment) => a.fileName),
      ['strumpor.webp'],
    );
    const mail = (await s.deps.store.mails(10)).find((m) => m.kind === 'return_confirmation')!;
    assert.match(mail.text, /Bifogade filer: strumpor\.webp/);
    // Without attachments: none in the answer, no line in the mail.
    const plain = await s.call('POST', '/v1/returns', {
      token,
      body: { ...socks, items: [{ itemId: 'itm_se_outdoor_1', quantity: 1 }] },
      headers: { 'idempotency-key': key('r2') },
    });
    assert.deepEqual(plain.body.attachments, []);
  });

  it("refuses 6 ids (400), an unknown id or someone else's (422 attachment_not_found) and one already sent (422 attachment_already_used)", async () => {
    const s = setup();
    const astrid = await s.login('astrid');
    const jonas = await s.login('jonas');
    const six = Array.from({ length: 6 }, (_, i) => `att_file${i}abc`);
    const tooMany = await s.call('POST', '/v1/problems', { token: astrid, body: { ...faulty, attachments: six }, headers: { 'idempotency-key': key('p6') } });
    assertError(tooMany, 400, 'validation_failed');
    assert.deepEqual(tooMany.body.error.issues, [{ path: 'body.attachments', message: 'attach at most 5 files' }]);

    const his = ok(await upload(s, jonas, png(2, 2)));
    const mine = ok(await upload(s, astrid, png(2, 2)));
    const others = await s.call('POST', '/v1/problems', { token: astrid, body: { ...faulty, attachments: [mine.id, his.id] }, headers: { 'idempotency-key': key('p7') } });
    assertError(others, 422, 'attachment_not_found');
    assert.deepEqual(others.body.error.issues, [{ path: 'body.attachments.1', message: 'is not an attachment you uploaded' }]);
    assertError(
      await s.call('POST', '/v1/problems', { token: astrid, body: { ...faulty, attachments: ['att_nosuchfile'] }, headers: { 'idempotency-key': key('p8') } }),
      422,
      'attachment_not_found',
    );
    const agents = ok(await upload(s, DEMO_AGENT_TOKEN, png(2, 2)));
    assertError(
      await s.call('POST', '/v1/returns', { token: astrid, body: { ...socks, attachments: [agents.id] }, headers: { 'idempotency-key': key('r8') } }),
      422,
      'attachment_not_found',
    );

    // Nothing was used by the refused report: the file can still go with the next one, once.
    const used = await s.call('POST', '/v1/problems', { token: astrid, body: { ...faulty, attachments: [mine.id] }, headers: { 'idempotency-key': key('p9') } });
    assert.equal(used.status, 201, JSON.stringify(used.body));
    const twice = await s.call('POST', '/v1/returns', { token: astrid, body: { ...socks, attachments: [mine.id] }, headers: { 'idempotency-key': key('r9') } });
    assertError(twice, 422, 'attachment_already_used');
    assertError(
      await s.call('POST', '/v1/returns', { token: astrid, body: { ...socks, attachments: [mine.id, mine.id] }, headers: { 'idempotency-key': key('r10') } }),
      400,
      'validation_failed',
    );
  });

  it('purges uploads never sent after a day, and keeps those sent', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const kept = ok(await upload(s, token, png(2, 2)));
    const forgotten = ok(await upload(s, token, png(3, 3)));
    await s.call('POST', '/v1/problems', { token, body: { ...faulty, attachments: [kept.id] }, headers: { 'idempotency-key': key('p1') } });
    s.clock.advance(23 * 3_600_000);
    assert.equal((await purge(s.deps)).attachments, 0);
    s.clock.advance(2 * 3_600_000);
    assert.equal((await purge(s.deps)).attachments, 1);
    assert.equal(await s.deps.store.attachment(forgotten.id), undefined);
    assertError(await s.call('GET', `/v1/attachments/${forgotten.id}/content`, { token: DEMO_AGENT_TOKEN }), 404, 'not_found');
    assert.equal((await fetchContent(s, `/v1/attachments/${kept.id}/content`, DEMO_AGENT_TOKEN)).status, 200);
  });
});

describe('sending attachments in chats', () => {
  it('shopper and agent messages carry attachments in answers, events, the transcript and the context packet', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const photo = ok(await upload(t, chat.token, jpeg(800, 600), { type: 'image/jpeg', name: 'paket.jpg' }));
    const sent = await t.call('POST', `/v1/chat/sessions/${chat.id}/messages`, {
      token: chat.token,
      body: { id: 'client-msg-att-0001', text: 'The parcel arrived like this', attachments: [photo.id] },
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.deepEqual(
      sent.body.attachments.map((a: Attachment) => [a.id, a.width, a.height]),
      [[photo.id, 800, 600]],
    );

    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    const claimed = await t.agent('POST', `/v1/agent/sessions/${chat.id}/claim`, { agentName: 'Sara' });
    assert.equal(claimed.status, 200, JSON.stringify(claimed.body));
    const inPacket = claimed.body.context.conversation.find((m: { id: string }) => m.id === 'client-msg-att-0001');
    assert.equal(inPacket.attachments[0].id, photo.id);
    assert.equal((await fetchContent(t, inPacket.attachments[0].url)).status, 200);

    const label = ok(await upload(t, DEMO_AGENT_TOKEN, pdf(), { type: 'application/pdf', name: 'retursedel.pdf' }));
    const reply = await t.agent('POST', `/v1/agent/sessions/${chat.id}/messages`, { id: 'agent-msg-att-0001', text: 'Here is a return label', attachments: [label.id] });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    assert.equal(reply.body.attachments[0].fileName, 'retursedel.pdf');

    const { messages } = await t.transcript(chat);
    const withFiles = messages.filter((m) => m.attachments.length > 0).map((m) => [m.author, m.attachments[0].fileName]);
    assert.deepEqual(withFiles, [
      ['shopper', 'paket.jpg'],
      ['agent', 'retursedel.pdf'],
    ]);
    assert.ok(messages.every((m) => Array.isArray(m.attachments)));
    // The chat's own token reads both files, the agent's included.
    assert.equal((await fetchContent(t, `/v1/attachments/${label.id}/content`, chat.token)).status, 200);

    const response = await t.app.request(`/v1/chat/sessions/${chat.id}/events`, { headers: { authorization: `Bearer ${chat.token}` } });
    const stream = readStream(response.body!);
    const withAttachments = () => stream.messages().filter((m) => m.attachments.length > 0);
    await until(() => withAttachments().length >= 2, 'both messages with files came through the stream');
    const streamed = stream.messages().filter((m) => m.attachments.length > 0);
    assert.deepEqual(
      streamed.map((m) => m.attachments[0]!.id),
      [photo.id, label.id],
    );
    assert.equal((await fetchContent(t, streamed[1]!.attachments[0]!.url)).status, 200);
    await stream.cancel();
  });

  it("the same message id again answers the message with its attachments; another chat's or an agent's file is refused", async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const other = await t.startChat();
    const photo = ok(await upload(t, chat.token, png(2, 2)));
    const body = { id: 'client-msg-att-0002', text: 'Photo', attachments: [photo.id] };
    assert.equal((await t.call('POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body })).status, 201);
    const again = await t.call('POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body });
    assert.equal(again.status, 200);
    assert.equal(again.body.attachments[0].id, photo.id);

    const theirs = ok(await upload(t, other.token, png(2, 2)));
    assertError(
      await t.call('POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body: { id: 'client-msg-att-0003', text: 'x', attachments: [theirs.id] } }),
      422,
      'attachment_not_found',
    );
    const agents = ok(await upload(t, DEMO_AGENT_TOKEN, png(2, 2)));
    assertError(
      await t.call('POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body: { id: 'client-msg-att-0004', text: 'x', attachments: [agents.id] } }),
      422,
      'attachment_not_found',
    );
    // An agent may not send a shopper's upload as their own.
    await t.call('POST', `/v1/chat/sessions/${other.id}/escalate`, { body: {}, token: other.token });
    assertError(await t.agent('POST', `/v1/agent/sessions/${other.id}/messages`, { id: 'agent-msg-att-0002', text: 'x', attachments: [theirs.id] }), 422, 'attachment_not_found');
    // Someone else's chat cannot read the file by token.
    assertError(await t.call('GET', `/v1/attachments/${photo.id}/content`, { token: other.token }), 404, 'not_found');
  });

  it("a verified chat's context packet lists the shopper's problems and returns with their files", async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const photo = ok(await upload(t, token, jpeg(200, 100), { type: 'image/jpeg', name: 'jacka.jpg' }));
    const problem = await t.call('POST', '/v1/problems', { token, body: { ...faulty, attachments: [photo.id] }, headers: { 'idempotency-key': key('p1') } });
    assert.equal(problem.status, 201);
    const chat = await t.startChat({ token, orderId: 'ord_se_outdoor' });
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    const queue = await t.agent('GET', '/v1/agent/queue');
    const item = queue.body.items.find((i: { session: { id: string } }) => i.session.id === chat.id);
    const listed = item.context.cases.find((c: { id: string }) => c.id === problem.body.id);
    assert.deepEqual([listed.kind, listed.reference, listed.type, listed.status], ['problem', problem.body.reference, 'faulty_item', 'awaiting_store']);
    assert.deepEqual(
      listed.attachments.map((a: Attachment) => [a.fileName, a.width, a.height]),
      [['jacka.jpg', 200, 100]],
    );
    assert.equal((await fetchContent(t, listed.attachments[0].url)).status, 200);
    const times = item.context.cases.map((c: { createdAt: string }) => c.createdAt);
    assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
  });
});
