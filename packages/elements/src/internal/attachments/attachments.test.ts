import { expect } from '@open-wc/testing';
import { ATTACHMENT_NAME_HEADER, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_ATTACHMENT_NAME_LENGTH } from '@assist/contract/attachments';
import { MAX_BYTES, MAX_FILES, NAME_HEADER, TYPES } from './limits.js';
import { fit, prepare } from './prepare.js';
import { sniff, typeOf } from './sniff.js';
import { hasExif, pdf, photo, png, text } from './test-files.js';
import { cleanName } from './upload.js';

const bytes = (...values: (number | string)[]) => new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('attachments: checks before upload', () => {
  it('holds the contract’s limits', () => {
    expect(TYPES).to.deep.equal([...ATTACHMENT_TYPES]);
    expect(MAX_BYTES).to.equal(MAX_ATTACHMENT_BYTES);
    expect(MAX_FILES).to.equal(MAX_ATTACHMENTS);
    expect(NAME_HEADER).to.equal(ATTACHMENT_NAME_HEADER);
    expect(cleanName('x'.repeat(300) + '.jpeg')).to.have.length(MAX_ATTACHMENT_NAME_LENGTH);
  });

  it('reads the type from the first bytes, whatever the name or the declared type', async () => {
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0))).to.equal('image/jpeg');
    expect(sniff(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a))).to.equal('image/png');
    expect(sniff(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).to.equal('image/webp');
    expect(sniff(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).to.equal(undefined);
    expect(sniff(bytes('%PDF-1.7'))).to.equal('application/pdf');
    expect(sniff(bytes('GIF89a'))).to.equal(undefined);
    expect(await typeOf(text())).to.equal(undefined);
    expect(await typeOf(new File([await png()], 'looks-like.pdf', { type: 'application/pdf' }))).to.equal('image/png');
    expect(await typeOf(pdf())).to.equal('application/pdf');
  });

  it('keeps file names the API takes: no path or reserved characters, the extension kept when shortened', () => {
    expect(cleanName('C:\\photos\\box?.jpg')).to.equal('C__photos_box_.jpg');
    expect(cleanName('kvitto åäö.pdf')).to.equal('kvitto åäö.pdf');
    expect(cleanName('a'.repeat(200) + '.pdf').endsWith('a.pdf')).to.equal(true);
    expect(cleanName('   ')).to.equal('file');
  });
});

describe('attachments: photos are scaled and drawn again', () => {
  it('scales a 4000×3000 JPEG to 2048×1536 and leaves its EXIF (and location) behind', async () => {
    const original = await photo();
    expect(await hasExif(original)).to.equal(true);
    const prepared = (await prepare(original, 'image/jpeg'))!;
    expect(prepared.type).to.equal('image/jpeg');
    const bitmap = await createImageBitmap(prepared);
    expect([bitmap.width, bitmap.height]).to.deep.equal([2048, 1536]);
    expect(await hasExif(prepared)).to.equal(false);
    expect(new TextDecoder('latin1').decode(await prepared.arrayBuffer())).not.to.contain('GPS');
  });

  it('keeps each photo’s type and small ones their size; a PDF goes as it is; a broken photo is refused', async () => {
    const small = (await prepare(await png('small.png', 300, 200), 'image/png'))!;
    expect(small.type).to.equal('image/png');
    const bitmap = await createImageBitmap(small);
    expect([bitmap.width, bitmap.height]).to.deep.equal([300, 200]);

    const canvas = new OffscreenCanvas(1000, 3000);
    canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
    const webp = (await prepare(await canvas.convertToBlob({ type: 'image/webp' }), 'image/webp'))!;
    expect(webp.type).to.equal('image/webp');
    const tall = await createImageBitmap(webp);
    expect([tall.width, tall.height]).to.deep.equal([683, 2048]);

    const receipt = pdf();
    expect(await prepare(receipt, 'application/pdf')).to.equal(receipt);
    expect(await prepare(new File([bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0)], 'broken.jpg'), 'image/jpeg')).to.equal(undefined);
    expect(fit(5000, 10)).to.deep.equal({ width: 2048, height: 4 });
  });
});
