import { hmac, hmacKey, safeEqual } from '../http/hmac.js';

/** How long a signed content url works. */
export const ATTACHMENT_URL_TTL_S = 60 * 60;

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Signed urls of attachment content: `/v1/attachments/<id>/content?expires=<unix s>&signature=<hex>`,
 * an HMAC-SHA256 of the id and the expiry with the server's token secret (the message names its use,
 * so it can never be taken for a token's signature). Such a url works without a token, so an `<img>`
 * on the merchant's page can show it, and only until it expires; every answer issues fresh ones.
 */
export class AttachmentSigner {
  readonly #key: Promise<CryptoKey>;
  constructor(secret: string) {
    this.#key = hmacKey(secret);
  }

  async #signature(id: string, expires: number): Promise<string> {
    return toHex(await hmac(await this.#key, `attachment-content\n${id}\n${expires}`));
  }

  /** A url for the content of `id`, valid for an hour from `nowS`. */
  async url(id: string, nowS: number): Promise<string> {
    const expires = nowS + ATTACHMENT_URL_TTL_S;
    return `/v1/attachments/${id}/content?expires=${expires}&signature=${await this.#signature(id, expires)}`;
  }

  /** Whether `expires` and `signature` are this server's for `id` and have not expired at `nowS`. */
  async verify(id: string, expires: string | undefined, signature: string | undefined, nowS: number): Promise<boolean> {
    if (expires === undefined || signature === undefined || !/^[0-9]{1,12}$/.test(expires)) return false;
    const at = Number(expires);
    if (at <= nowS || at > nowS + ATTACHMENT_URL_TTL_S + 60) return false;
    return safeEqual(await this.#signature(id, at), signature);
  }
}
