// The page of the chat round-trip benchmark: the reference API as the MSW twin, and the round trips
// made from the page with fetch, through the service worker.
import { setupWorker } from 'msw/browser';
import { createApp } from '../../../mock-server/src/app.js';
import { createHandlers } from '../../../mock-server/src/msw.js';
import { chatRoundTrips } from '../support/chat-roundtrip.js';

const { app } = createApp({ demo: true });
const worker = setupWorker(...createHandlers('/mock-api', app));
await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });

Object.assign(window, { benchChat: (count: number) => chatRoundTrips('/mock-api', count) });
