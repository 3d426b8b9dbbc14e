import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ID_ALPHABET,
  LOWER_ID_ALPHABET,
  REFERENCE_ALPHABET,
  actionId,
  callbackId,
  callbackReference,
  chatSessionId,
  messageId,
  newId,
  newReference,
  randomText,
  ticketId,
  transactionId,
} from '../src/ids.js';

/**
 * Pearson's chi-square of letter counts against a uniform draw, and the value a fair draw exceeds
 * less than once in a billion runs (Wilson-Hilferty, six standard deviations). A byte taken modulo
 * 62 or 36 gives the first letters 25 % or 14 % more often: with these sample sizes that is a
 * chi-square of several times the bound, so the check fails for a biased draw and not by chance.
 */
function chiSquare(text: string, alphabet: string): { value: number; bound: number } {
  const counts = new Map<string, number>([...alphabet].map((letter) => [letter, 0]));
  for (const letter of text) {
    const count = counts.get(letter);
    assert.notEqual(count, undefined, `${letter} is not in the alphabet`);
    counts.set(letter, count! + 1);
  }
  const expected = text.length / alphabet.length;
  const value = [...counts.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
  const df = alphabet.length - 1;
  const bound = df * (1 - 2 / (9 * df) + 6 * Math.sqrt(2 / (9 * df))) ** 3;
  return { value, bound };
}

/** The random part of `draws` ids, joined. */
const letters = (draws: number, make: () => string, prefix: string): string =>
  Array.from({ length: draws }, () => {
    const id = make();
    assert.ok(id.startsWith(prefix), id);
    return id.slice(prefix.length);
  }).join('');

describe('ids', () => {
  it('have the shapes clients and support rely on', () => {
    const shapes: [() => string, RegExp][] = [
      [chatSessionId, /^cht_[A-Za-z0-9]{16}$/],
      [callbackId, /^cbk_[A-Za-z0-9]{16}$/],
      [transactionId, /^txn_[A-Za-z0-9]{16}$/],
      [messageId, /^msg_[A-Za-z0-9]{20}$/],
      [actionId, /^act_[A-Za-z0-9]{12}$/],
      [() => newId('ret'), /^ret_[a-z0-9]{12}$/],
      // References are read out on the phone: no 0, O, 1 or I.
      [ticketId, /^T-[A-HJ-NP-Z2-9]{6}$/],
      [callbackReference, /^CB-[A-HJ-NP-Z2-9]{6}$/],
      [() => newReference('R'), /^R-[A-HJ-NP-Z2-9]{6}$/],
    ];
    for (const [make, shape] of shapes) {
      for (let i = 0; i < 200; i++) assert.match(make(), shape);
    }
    assert.equal(new Set(Array.from({ length: 1000 }, chatSessionId)).size, 1000, 'no two chats share an id');
    assert.doesNotMatch(REFERENCE_ALPHABET, /[0O1I]/);
  });

  it('draw every letter of each alphabet equally often', () => {
    const samples: [string, string][] = [
      [letters(10_000, messageId, 'msg_'), ID_ALPHABET],
      [letters(20_000, () => newId('ret'), 'ret_'), LOWER_ID_ALPHABET],
      [letters(30_000, ticketId, 'T-'), REFERENCE_ALPHABET],
    ];
    for (const [text, alphabet] of samples) {
      const { value, bound } = chiSquare(text, alphabet);
      assert.ok(value < bound, `chi-square ${value.toFixed(1)} over ${alphabet.length} letters is above ${bound.toFixed(1)}: the draw favours some letters`);
    }
  });

  it('take any alphabet of 1 to 256 letters and any length', () => {
    assert.equal(randomText('ab', 0), '');
    assert.match(randomText('xyz', 1000), /^[xyz]{1000}$/);
    assert.throws(() => randomText('', 4), RangeError);
  });
});
