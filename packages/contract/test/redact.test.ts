import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containsCardNumber, findCardNumbers, luhnValid, maskPhone, redactCardNumbers } from '../src/redact.js';

describe('card number redaction', () => {
  it('checks the Luhn digit', () => {
    assert.ok(luhnValid('4111111111111111'));
    assert.ok(luhnValid('378282246310005'));
    assert.ok(!luhnValid('4111111111111112'));
    assert.ok(!luhnValid('41111111a1111111'));
  });

  it('redacts valid card numbers written together, with spaces or with dashes, to the last four digits', () => {
    assert.deepEqual(redactCardNumbers('my card is 4111111111111111 thanks'), { text: 'my card is •••• 1111 thanks', redacted: true });
    assert.deepEqual(redactCardNumbers('card: 4111 1111 1111 1111.'), { text: 'card: •••• 1111.', redacted: true });
    assert.deepEqual(redactCardNumbers('5555-5555-5555-4444 was charged'), { text: '•••• 4444 was charged', redacted: true });
    assert.equal(redactCardNumbers('Amex 3782 822463 10005').text, 'Amex •••• 0005');
    assert.equal(redactCardNumbers('two: 4111111111111111 and 5500 0000 0000 0004').text, 'two: •••• 1111 and •••• 0004');
    // 12 and 19 digits are the bounds.
    assert.equal(redactCardNumbers('x 123456789015 y').text, 'x •••• 9015 y');
    assert.equal(redactCardNumbers('6011000000000000001 ok').text, '•••• 0001 ok');
  });

  it('finds a card number next to other numbers in the same run', () => {
    assert.equal(redactCardNumbers('order 12 4111 1111 1111 1111').text, 'order 12 •••• 1111');
    assert.equal(redactCardNumbers('4111 1111 1111 1111 2026').text, '•••• 1111 2026');
    assert.deepEqual(
      findCardNumbers('pay 4111 1111 1111 1111 now').map((m) => m.last4),
      ['1111'],
    );
  });

  it('leaves numbers that fail the Luhn check, and numbers too short or too long', () => {
    // Each of these fails the check as a whole, though some contain 12 digits in a row that pass it.
    for (const text of ['4111 1111 1111 1112', '4111111111111112', '12345678901', '41111111111111111111111', '1234 5678 9012 3456', '9876 5432 1098 7654', '9876-5432-1098-7654']) {
      assert.deepEqual(redactCardNumbers(text), { text, redacted: false }, text);
    }
  });

  it('leaves phone numbers, order references and dates untouched', () => {
    const texts = [
      'call me on +46 70 174 06 05',
      'or +46701740605 after five',
      'my number is 070-174 06 05',
      '+1 202 555 0143',
      'order SE-4K7M2QXP from 2026-11-18',
      'it was due 2026-11-18 2026-12-18 and 18.11.2026',
      'reference SE-411111111111111 1',
      'merchant ref BSE-660021',
      'tracking 00340434161094042557',
    ];
    for (const text of texts) assert.deepEqual(redactCardNumbers(text), { text, redacted: false }, text);
    assert.ok(!containsCardNumber('+46 70 123 45 67'));
    assert.ok(containsCardNumber('4111-1111-1111-1111'));
  });
});

describe('phone masking', () => {
  it('keeps the country code and the last four digits only', () => {
    assert.equal(maskPhone('+46701740605'), '+46 ••• •• 06 05');
    assert.equal(maskPhone('+46 70 174 06 05'), '+46 ••• •• 06 05');
    assert.equal(maskPhone('+12025550143'), '+1 ••• ••• 01 43');
    assert.equal(maskPhone('+447700900123'), '+44 ••• ••• 01 23');
    assert.equal(maskPhone('+4915112345678'), '+49 ••• ••• • 56 78');
    for (const phone of ['+46701740605', '+447700900123']) assert.ok(!maskPhone(phone).includes(phone.slice(3, 8)));
  });
});
