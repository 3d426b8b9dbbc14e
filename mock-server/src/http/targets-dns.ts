import { lookup } from 'node:dns/promises';
import { isPrivateTarget } from './targets.js';

/** Every address a name resolves to (node:dns `lookup` with `all`). */
export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

/**
 * Why a webhook target must not be called, judged by where its name resolves now, or null: a public
 * name that resolves to this machine or a private network is refused like a private address written
 * out (`isPrivateTarget` only sees the name). Checked before each delivery, outside demo mode.
 */
export async function privateByDns(url: string, resolve: Resolve = (host) => lookup(host, { all: true, verbatim: true })): Promise<string | null> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    return `${host} does not resolve (${error instanceof Error ? error.message : String(error)})`;
  }
  const inside = addresses.find(({ address, family }) => isPrivateTarget(family === 6 ? `http://[${address}]/` : `http://${address}/`));
  return inside ? `${host} resolves to ${inside.address}, a loopback or private address` : null;
}
