import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from '@assist/mock-server/msw';
import { configure } from '@assist/elements';

/** Where component tests reach the reference API: the MSW twin running in the test page. */
export const API = '/assist-test-api';

let worker: SetupWorker | undefined;

/** Starts the in-page reference API once per test file and points the components at it. */
export async function startMockApi(): Promise<void> {
  if (!worker) {
    worker = setupWorker(...createHandlers(API));
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  }
  configure({ apiBase: API });
}

async function admin(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${API}/__admin/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`admin ${path} answered ${response.status}`);
}

/** Back to the default data, real time and no faults. */
export const resetMockApi = () => admin('reset', {});
export const scenario = (name: string) => admin('scenario', { name });
export const faults = (settings: Record<string, unknown>) => admin('faults', settings);
export const setClock = (now: string | null) => admin('clock', { now });
