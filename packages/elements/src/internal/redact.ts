/**
 * Card numbers out of a text the shopper typed, before it leaves the browser (or is kept in it). The
 * rule is the contract's (`@assist/contract/redact`, the one the chat composer and the API use); it is
 * loaded only for a text with twelve digits in a row, single spaces or dashes between them allowed,
 * which every card number it finds has. So no card number gets past, and a text without one costs no
 * download: the rule is a lazy chunk of each component, not part of the shared core.
 */
const MAY_HOLD_A_CARD = /\d(?:[ -]?\d){11}/;

/** False when the text certainly holds no card number (so it needs no masking, and no download). */
export const mayHoldACard = (text: string): boolean => MAY_HOLD_A_CARD.test(text);

/** The text with every card number replaced by its last four digits (`•••• 1111`). */
export async function withoutCardNumbers(text: string): Promise<string> {
  if (!mayHoldACard(text)) return text;
  const { redactCardNumbers } = await import('@assist/contract/redact');
  return redactCardNumbers(text).text;
}

/** The same for some fields of a request body (those the shopper types freely); the others are left alone. */
export async function redactFields<T extends object>(body: T, fields: readonly string[]): Promise<T> {
  const out = { ...body } as Record<string, unknown>;
  for (const field of fields) {
    const value = out[field];
    if (typeof value === 'string') out[field] = await withoutCardNumbers(value);
  }
  return out as T;
}
