/**
 * Card numbers and phone numbers in text a shopper types, without zod: the chat composer imports
 * this to warn and redact before sending, and the API redacts again before it stores or echoes.
 *
 * A card number is 12 to 19 digits passing the Luhn check, written together or in groups separated
 * by single spaces or dashes (`4111 1111 1111 1111`, `3782-822463-10005`). Phone numbers (`+46 70 …`,
 * groups of two), order references (`SE-4K7M2QXP`) and dates (`2026-11-18`) are left alone.
 */

/** What a redacted card number reads as: the last four digits only. */
export const redactedCard = (last4: string): string => `•••• ${last4}`;

/** Whether a string of digits passes the Luhn check. */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Where a card number is in a text: `text.slice(start, end)`, and its last four digits. */
export interface CardMatch {
  start: number;
  end: number;
  last4: string;
}

const RUN = /[0-9]+(?:[ -][0-9]+)*/g;
const IDENTIFIER_CHAR = /[\p{L}\p{N}+_]/u;

/** A run of digits glued to letters (`SE-1234…`, `x1234…`) or after `+` is part of an identifier or a phone number. */
function partOfIdentifier(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && IDENTIFIER_CHAR.test(before)) return true;
  if (after !== undefined && /[\p{L}_]/u.test(after)) return true;
  if ((before === '-' || before === '/') && start >= 2 && IDENTIFIER_CHAR.test(text[start - 2]!)) return true;
  return false;
}

const digitsOf = (text: string, groups: readonly { start: number; end: number }[]) => groups.map((g) => text.slice(g.start, g.end)).join('');
/** Cards are written in groups of at least 3 digits, the first of at least 4 (4-4-4-4, 4-6-5, 4-4-4-4-3). */
const wellGrouped = (groups: readonly { start: number; end: number }[]) => groups.length === 1 || groups.every((g, n) => g.end - g.start >= (n === 0 ? 4 : 3));

/**
 * Every card number in a text, in order. A run of digit groups is a card number as a whole; short
 * groups in front of it (`order 12 4111 …`) are skipped; only a run longer than any card number is
 * searched for one inside it (`4111 1111 1111 1111 2026`).
 */
export function findCardNumbers(text: string): CardMatch[] {
  const found: CardMatch[] = [];
  for (const run of text.matchAll(RUN)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    if (partOfIdentifier(text, runStart, runEnd)) continue;
    let groups: { start: number; end: number }[] = [];
    for (const g of run[0].matchAll(/[0-9]+/g)) groups.push({ start: runStart + g.index, end: runStart + g.index + g[0].length });
    while (groups.length > 1 && groups[0]!.end - groups[0]!.start < 4) groups = groups.slice(1);
    const total = digitsOf(text, groups).length;
    if (total < 12) continue;
    if (total <= 19) {
      const digits = digitsOf(text, groups);
      if (wellGrouped(groups) && luhnValid(digits)) found.push({ start: groups[0]!.start, end: groups[groups.length - 1]!.end, last4: digits.slice(-4) });
      continue;
    }
    let i = 0;
    while (i < groups.length) {
      let matched = -1;
      for (let j = groups.length - 1; j > i; j--) {
        const slice = groups.slice(i, j + 1);
        const digits = digitsOf(text, slice);
        if (digits.length < 12 || digits.length > 19 || !wellGrouped(slice) || !luhnValid(digits)) continue;
        found.push({ start: groups[i]!.start, end: groups[j]!.end, last4: digits.slice(-4) });
        matched = j;
        break;
      }
      i = matched >= 0 ? matched + 1 : i + 1;
    }
  }
  return found;
}

/** Whether a text contains a card number (for a warning before sending). */
export const containsCardNumber = (text: string): boolean => findCardNumbers(text).length > 0;

/** The text with every card number replaced by its last four digits, and whether anything was replaced. */
export function redactCardNumbers(text: string): { text: string; redacted: boolean } {
  const matches = findCardNumbers(text);
  if (matches.length === 0) return { text, redacted: false };
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + redactedCard(m.last4);
    at = m.end;
  }
  return { text: out + text.slice(at), redacted: true };
}

/** Country calling codes of the markets and their neighbours; others are taken as two digits. */
const CALLING_CODES = [
  '1',
  '7',
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '351',
  '352',
  '353',
  '354',
  '358',
  '370',
  '371',
  '372',
];

/**
 * A phone number with everything but the country code and the last four digits hidden, e.g.
 * `+46701740605` → `+46 ••• •• 06 05`. Accepts the number with spaces, dashes, dots or brackets.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  if (digits.length < 6) return '•'.repeat(Math.max(digits.length, 4));
  const code = [3, 2, 1].map((n) => digits.slice(0, n)).find((c) => CALLING_CODES.includes(c)) ?? digits.slice(0, 2);
  const rest = digits.slice(code.length);
  const hidden = rest.length - 4;
  const dots = '•'.repeat(hidden).replace(/(•{3})(?=•)/g, '$1 ');
  return `+${code} ${dots ? `${dots} ` : ''}${rest.slice(-4, -2)} ${rest.slice(-2)}`;
}
