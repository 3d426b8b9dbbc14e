/** Unambiguous characters for references a shopper reads out on the phone (no 0/O, 1/I). */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomText(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A new resource id, e.g. `ret_k3m9q2x7w1ab`. */
export const newId = (prefix: string): string => `${prefix}_${randomText(ID_ALPHABET, 12)}`;

/** A new reference the shopper quotes to support, e.g. `R-7K3M9Q`. */
export const newReference = (letter: string): string => `${letter}-${randomText(REFERENCE_ALPHABET, 6)}`;
