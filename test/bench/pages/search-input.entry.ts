// The page of the in-browser search benchmark: the reference API as the MSW twin, serving a synthetic
// help corpus of `?articles=` articles (2,000 by default), and <assist-faq-search> pointed at it.
import { setupWorker } from 'msw/browser';
import { createApp } from '../../../mock-server/src/app.js';
import { HelpContent } from '../../../mock-server/src/help/service.js';
import { createHandlers } from '../../../mock-server/src/msw.js';
import '../../../packages/elements/src/faq-search/faq-search.js';
import { corpus, queries } from '../support/corpus.js';

const params = new URLSearchParams(location.search);
const articles = Number(params.get('articles') ?? 2000);
const count = Number(params.get('queries') ?? 60);

const { app, deps } = createApp({ demo: true });
deps.help = new HelpContent(corpus(articles, 'en', 2026 + articles));
deps.help.search('warm', 'en', 8); // builds the index before the first keystroke
const worker = setupWorker(...createHandlers('/mock-api', app));
await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });

Object.assign(window, { benchQueries: queries('en', 7, count), benchReady: true });
