import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { redactRequestPart, requestStringFields, routes, type AnyRoute } from '@assist/contract';

/**
 * The contract's redaction rule against every string field of every request schema: a card number
 * put in any of them is redacted to its last four digits, and what only looks like one (phone
 * numbers, order references, IBANs, dates, tracking numbers) is left exactly as it was.
 */

/** Card numbers as shoppers write them: together, in groups, with dashes; 12 to 19 digits, several networks. */
const CARDS = [
  '4111111111111111',
  '4111 1111 1111 1111',
  '5555-5555-5555-4444',
  '5105105105105100',
  '378282246310005',
  '3782 822463 10005',
  '6011 0009 9013 9424',
  '30569309025904',
  '3530111333300000',
  '4222222222222',
  '4012888888881881',
  '6011000000000000001',
];
const IN_TEXT = (card: string) => [card, `my card is ${card}, expires 12/27`, `${card}\nplease refund`];

const LOOK_ALIKES = [
  // Phone numbers
  '+46 70 174 06 05',
  '+46701740605',
  '070-174 06 05',
  '+1 202 555 0143',
  '+44 7700 900123',
  '+49 151 12345678',
  // Order, return and ticket references
  'SE-4K7M2QXP',
  'DE-TW1CE7K4',
  'R-7K3M9Q',
  'T-4K7M2Q',
  'order SE-411111111111111 1',
  // IBANs, written together and in groups
  'SE45 5000 0000 0583 9825 7466',
  'SE3550000000054910000003',
  'DE89 3704 0044 0532 0130 00',
  'DE44 5001 0517 5407 3249 31',
  'GB29 NWBK 6016 1331 9268 19',
  'GB82WEST12345698765432',
  'FR14 2004 1010 0505 0001 3M02 606',
  'NL91ABNA0417164300',
  'NO93 8601 1117 947',
  'FI21 1234 5600 0007 85',
  'DK50 0040 0440 1162 43',
  // Dates and times
  '2026-11-18',
  '18.11.2026',
  '11/18/2026',
  '2026-11-18T10:00:00.000Z',
  'due 2026-11-18 2026-12-18 2027-01-18',
  // Tracking numbers and amounts
  'PN00123456SE',
  '00340434161094042557',
  '1Z999AA10123456784',
  'SEK 1 249,00',
];

const PARTS = [
  ['path', 'params'],
  ['query', 'query'],
  ['body', 'body'],
] as const;

/** Every string field of every request schema: `[route id, field path]`. */
function everyField(): { route: string; path: string }[] {
  const out: { route: string; path: string }[] = [];
  for (const route of Object.values(routes) as AnyRoute[]) {
    for (const [where, part] of PARTS) for (const field of requestStringFields(where, route[part])) out.push({ route: route.id, path: field.path });
  }
  return out;
}

/** A request part with `value` at `path` (`*` is an array element): `body.items.*.note` → `{ items: [{ note }] }`. */
function placed(path: string, value: string): { where: string; part: unknown; read: (redacted: unknown) => unknown } {
  const [where, ...keys] = path.split('.');
  const build = (i: number): unknown => (i === keys.length ? value : keys[i] === '*' ? [build(i + 1)] : { [keys[i]!]: build(i + 1) });
  const read = (node: unknown): unknown => keys.reduce<unknown>((n, k) => (k === '*' ? (n as unknown[])[0] : (n as Record<string, unknown>)[k]), node);
  return { where: where!, part: build(0), read };
}

const digitsOf = (text: string) => text.replace(/[^0-9]/g, '');

describe('the redaction rule over the request schemas', () => {
  const fields = everyField();

  it('finds every free-text field of the API among the string fields of the schemas', () => {
    const has = (route: string, path: string) => fields.some((f) => f.route === route && f.path === path);
    for (const [route, path] of [
      ['createReturn', 'body.comment'],
      ['createReturn', 'body.carrier'],
      ['createReturn', 'body.trackingNumber'],
      ['cancelReturn', 'body.reason'],
      ['createProblem', 'body.description'],
      ['createCallback', 'body.note'],
      ['sendChatMessage', 'body.text'],
      ['escalateChat', 'body.note'],
      ['rateChat', 'body.comment'],
      ['sendArticleFeedback', 'body.comment'],
      ['agentReply', 'body.text'],
      ['agentResolve', 'body.summary'],
      ['agentAction', 'body.reason'],
      ['searchHelp', 'query.q'],
      ['getReturn', 'path.id'],
    ] as const) {
      assert.ok(has(route, path), `${route} ${path} is not among the string fields`);
    }
    assert.ok(fields.length >= 60, `only ${fields.length} string fields found`);
  });

  it('redacts every card number put in any string field to its last four digits', () => {
    let checked = 0;
    for (const { route, path } of fields) {
      for (const card of CARDS) {
        for (const text of IN_TEXT(card)) {
          const { where, part, read } = placed(path, text);
          const result = redactRequestPart(where, part);
          const after = read(result.value);
          assert.equal(typeof after, 'string', `${route} ${path}`);
          assert.ok(!digitsOf(after as string).includes(digitsOf(card)), `${route} ${path}: ${JSON.stringify(text)} kept the card number: ${String(after)}`);
          assert.ok((after as string).includes(`•••• ${digitsOf(card).slice(-4)}`), `${route} ${path}: ${String(after)}`);
          assert.deepEqual(result.paths, [path.replace(/\*/g, '0')], `${route} ${path}: where it was found`);
          checked++;
        }
      }
    }
    assert.equal(checked, fields.length * CARDS.length * 3);
  });

  it('leaves phone numbers, references, IBANs, dates and tracking numbers in every string field exactly as they were', () => {
    for (const { route, path } of fields) {
      for (const text of LOOK_ALIKES) {
        const { where, part, read } = placed(path, text);
        const result = redactRequestPart(where, part);
        assert.equal(read(result.value), text, `${route} ${path}: ${text}`);
        assert.equal(result.value, part, `${route} ${path}: a value with nothing to redact is not copied`);
        assert.deepEqual(result.paths, []);
      }
    }
  });

  it('covers a field added to a schema tomorrow, and strings no schema declares', () => {
    const Tomorrow = z.strictObject({ giftMessage: z.optional(z.string()), lines: z.array(z.object({ engraving: z.string() })) });
    assert.deepEqual(
      requestStringFields('body', Tomorrow).map((f) => f.path),
      ['body.giftMessage', 'body.lines.*.engraving'],
    );
    const sent = { giftMessage: 'card 4111 1111 1111 1111', lines: [{ engraving: '5555555555554444' }], unknown: { deep: ['3782-822463-10005'] } };
    const { value, paths } = redactRequestPart('body', sent);
    assert.deepEqual(value, { giftMessage: 'card •••• 1111', lines: [{ engraving: '•••• 4444' }], unknown: { deep: ['•••• 0005'] } });
    assert.deepEqual(paths, ['body.giftMessage', 'body.lines.0.engraving', 'body.unknown.deep.0']);
    assert.equal(sent.giftMessage, 'card 4111 1111 1111 1111', 'what was sent is not changed in place');
  });
});
