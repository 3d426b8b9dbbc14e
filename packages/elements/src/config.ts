import { AssistClient } from '@assist/client';

/**
 * Page-wide settings shared by every component: the script-tag loader and `configure()` set them;
 * an attribute on a component always wins over them. With them, the API client every component of
 * the page shares (`clientFor`).
 */
export interface AssistConfig {
  /** Where the Assist API lives. */
  apiBase: string;
  /** Language when neither the component nor `<html lang>` names one. */
  locale: string;
  /** Market (SE, DE, GB, US) for hours, phone numbers and currency. */
  market: string;
  /**
   * The merchant's client id (`data-client-id` on the script tag): every API call carries it as
   * `Assist-Client-Id`, and the API answers only pages on the origins allowed for it. `demo` is the
   * demo merchant, allowed on localhost.
   */
  clientId?: string;
}

const config: AssistConfig = { apiBase: '/', locale: 'en', market: 'SE' };
const listeners = new Set<() => void>();

export function getConfig(): Readonly<AssistConfig> {
  return config;
}

export function configure(changes: Partial<AssistConfig>): void {
  Object.assign(config, changes);
  for (const listener of listeners) listener();
}

/** Called after every configure(); returns an unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const clients = new Map<string, AssistClient>();

/** One API client per base URL (and client id), shared by every component on the page. @internal */
export function clientFor(apiBase: string | null | undefined): AssistClient {
  const base = apiBase || config.apiBase;
  const key = `${base} ${config.clientId ?? ''}`;
  let client = clients.get(key);
  if (!client) clients.set(key, (client = new AssistClient({ baseUrl: base, clientId: config.clientId })));
  return client;
}
