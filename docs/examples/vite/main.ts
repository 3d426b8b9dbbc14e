// npm install @assist/elements: one import per component (it defines the tag), typed.
import '@assist/elements/faq-search.js';
import { configure } from '@assist/elements';

configure({ apiBase: '/api', clientId: 'demo', market: 'SE' });

const search = document.querySelector('assist-faq-search')!;
search.limit = 3;
search.addEventListener('assist-article-select', (event) => {
  event.preventDefault(); // the page shows the article itself
  document.querySelector('#chosen')!.textContent = `You chose: ${event.detail.title}`;
});
