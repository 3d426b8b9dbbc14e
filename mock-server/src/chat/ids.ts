/** Ids and references of chats, messages and callbacks, from Web Crypto (the same in Node and the browser). */

/** Letters and digits that cannot be mistaken for each other when read out on the phone. */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function random(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

export const chatSessionId = (): string => `cht_${random(ID_ALPHABET, 16)}`;
export const callbackId = (): string => `cbk_${random(ID_ALPHABET, 16)}`;
export const transactionId = (): string => `txn_${random(ID_ALPHABET, 16)}`;
/** Ids of messages the server writes (the assistant's, agents' and system notes). */
export const messageId = (): string => `msg_${random(ID_ALPHABET, 20)}`;
export const actionId = (): string => `act_${random(ID_ALPHABET, 12)}`;
/** What the shopper sees and quotes, e.g. `T-4K7M2Q`. */
export const ticketId = (): string => `T-${random(REFERENCE_ALPHABET, 6)}`;
export const callbackReference = (): string => `CB-${random(REFERENCE_ALPHABET, 6)}`;
