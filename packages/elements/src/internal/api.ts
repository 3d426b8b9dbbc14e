import { AssistClient } from '@assist/client';
import { getConfig } from '../config.js';

const clients = new Map<string, AssistClient>();

/** One API client per base URL (and client id), shared by every component on the page. */
export function clientFor(apiBase: string | null | undefined): AssistClient {
  const base = apiBase || getConfig().apiBase;
  const { clientId } = getConfig();
  const key = `${base} ${clientId ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = new AssistClient({ baseUrl: base, clientId });
    clients.set(key, client);
  }
  return client;
}
