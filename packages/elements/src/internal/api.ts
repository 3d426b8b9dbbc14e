import { AssistClient } from '@assist/client';
import { getConfig } from '../config.js';

const clients = new Map<string, AssistClient>();

/** One API client per base URL, shared by every component on the page. */
export function clientFor(apiBase: string | null | undefined): AssistClient {
  const base = apiBase || getConfig().apiBase;
  let client = clients.get(base);
  if (!client) {
    client = new AssistClient({ baseUrl: base });
    clients.set(base, client);
  }
  return client;
}
