/**
 * The QA admin surface, as the playground reaches it. With the in-page mock, at the mock's own
 * address (the mock is this page's alone and needs no token from it). With the real server, at this
 * page's own origin: the admin surface never answers a cross-origin call, so Vite forwards `/__admin`
 * to the server (vite.config.ts) and the page sends the admin token `pnpm start` made for this run.
 */
const MOCK_BASE = '/mock-api';
const REAL_ADMIN = '/__admin';

const token = import.meta.env.VITE_ASSIST_ADMIN_TOKEN;

/** Where the admin route `path` (e.g. `scenario`, `chat/agent`) is, for an API base of the playground. */
export function adminUrl(apiBase: string, path: string): string {
  return `${apiBase === MOCK_BASE ? `${MOCK_BASE}/__admin` : REAL_ADMIN}/${path.replace(/^\/?(?:__admin\/)?/, '')}`;
}

/** Headers of an admin call: JSON, and for the real server the admin token `pnpm start` handed over. */
export function adminHeaders(apiBase: string): Record<string, string> {
  return { 'content-type': 'application/json', ...(token && apiBase !== MOCK_BASE ? { 'assist-admin-token': token } : {}) };
}
