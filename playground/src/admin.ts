/**
 * The QA admin surface, as the playground reaches it. With the in-page mock, at the mock's own
 * address (the mock is this page's alone and needs no token from it). With the real server, at this
 * page's own origin: the admin surface never answers a cross-origin call, so Vite forwards `/__admin`
 * to the server (vite.config.ts) and the page sends the admin token `pnpm start` made for this run.
 */
const MOCK_ADMIN = '/mock-api/__admin';
const REAL_ADMIN = '/__admin';

const token = import.meta.env.VITE_ASSIST_ADMIN_TOKEN;

/** Where the admin route `path` (e.g. `scenario`, `chat/agent`) is, for an API base of the playground. */
export function adminUrl(apiBase: string, path: string): string {
  return `${apiBase === '/mock-api' ? MOCK_ADMIN : REAL_ADMIN}/${path.replace(/^\/?(?:__admin\/)?/, '')}`;
}

/** Headers of every admin call: JSON, and the admin token when one was handed over. */
export function adminHeaders(): Record<string, string> {
  return { 'content-type': 'application/json', ...(token ? { 'assist-admin-token': token } : {}) };
}
