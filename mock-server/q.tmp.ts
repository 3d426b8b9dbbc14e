import { HelpContent } from './src/help/service.js';
const h = new HelpContent();
const [locale, ...q] = process.argv.slice(2);
const r = h.search(q.join(' '), locale as 'de', 5);
console.log(r.locale, r.fallback, r.hits.map((x) => `${x.article.slug} ${x.score}`).join(' | '));
