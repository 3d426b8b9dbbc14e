import type { Strings } from '../../i18n/strings.js';

/** English faqSearch strings: the source every translation in this folder follows. */
const en = {
  label: 'Search help articles',
  placeholder: 'Search, e.g. return or payment plan',
  clear: 'Clear search',
  searching: 'Searching…',
  results_one: '{{count}} article found',
  results_other: '{{count}} articles found',
  instructions: 'Use the up and down arrow keys to choose an article and Enter to open it.',
  noResults: 'No articles match “{{query}}”.',
  noResultsHint: 'Try other words, or ask us directly.',
  chat: 'Chat with us',
  recent: 'Recent searches',
  clearRecent: 'Clear recent searches',
  fallback: 'No articles in your language matched, so these are in English.',
  error: 'Search is not available right now.',
  showAll_one: 'Show {{count}} article',
  showAll_other: 'Show all {{count}} articles',
  showFirst_one: 'Show the first article',
  showFirst_other: 'Show the first {{count}} articles',
  showMore: 'Show more',
  range: 'Articles {{from}}–{{to}} of {{total}}',
} as const;

export default en;
export type FaqSearchStrings = Strings<typeof en>;
