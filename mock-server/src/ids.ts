/**
 * Ids and references of everything the API creates, from Web Crypto (the same in Node and the
 * browser). Every letter of an alphabet is equally likely: random bytes that would favour the first
 * letters (a byte modulo an alphabet that does not divide 256) are drawn again.
 */

/** Letters and digits that cannot be mistaken for each other when read out on the phone (no 0/O, 1/I). */
export const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Resource ids: lowercase letters and digits. */
export const LOWER_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Ids of chats, messages and callbacks: both cases and digits. */
export const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `length` letters of `alphabet` (at most 256 letters), each drawn uniformly. */
export function randomText(alphabet: string, length: number): string {
  const size = alphabet.length;
  if (size === 0 || size > 256) throw new RangeError('An alphabet has 1 to 256 letters');
  // The largest multiple of the alphabet's size that fits in a byte: bytes from there up are drawn again.
  const limit = 256 - (256 % size);
  let out = '';
  while (out.length < length) {
    // Enough bytes for the rest in one draw, most of the time (Web Crypto gives at most 64 KiB a call).
    const bytes = crypto.getRandomValues(new Uint8Array(Math.min(Math.ceil(((length - out.length) * 256) / limit) + 1, 65_536)));
    for (const byte of bytes) {
      if (byte >= limit) continue;
      out += alphabet[byte % size];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A new resource id, e.g. `ret_k3m9q2x7w1ab`. */
export const newId = (prefix: string): string => `${prefix}_${randomText(LOWER_ID_ALPHABET, 12)}`;

/** A new reference the shopper sees and quotes to support, e.g. `R-7K3M9Q`, `T-4K7M2Q`. */
export const newReference = (letters: string): string => `${letters}-${randomText(REFERENCE_ALPHABET, 6)}`;

export const chatSessionId = (): string => `cht_${randomText(ID_ALPHABET, 16)}`;
export const callbackId = (): string => `cbk_${randomText(ID_ALPHABET, 16)}`;
export const transactionId = (): string => `txn_${randomText(ID_ALPHABET, 16)}`;
/** Ids of messages the server writes (the assistant's, agents' and system notes). */
export const messageId = (): string => `msg_${randomText(ID_ALPHABET, 20)}`;
export const actionId = (): string => `act_${randomText(ID_ALPHABET, 12)}`;
/** A chat's ticket, e.g. `T-4K7M2Q`. */
export const ticketId = (): string => newReference('T');
/** A booked callback, e.g. `CB-4K7M2Q`. */
export const callbackReference = (): string => newReference('CB');
