import type { FaqSearchStrings } from './en.js';

const sv = {
  label: 'Sök i hjälpartiklar',
  placeholder: 'Sök, t.ex. retur eller betalplan',
  clear: 'Rensa sökningen',
  searching: 'Söker…',
  results_one: '{{count}} artikel hittades',
  results_other: '{{count}} artiklar hittades',
  instructions: 'Välj en artikel med upp- och nedpilarna och öppna den med Enter.',
  noResults: 'Inga artiklar matchar ”{{query}}”.',
  noResultsHint: 'Testa andra ord eller fråga oss direkt.',
  chat: 'Chatta med oss',
  recent: 'Senaste sökningar',
  clearRecent: 'Rensa senaste sökningar',
  fallback: 'Vi hittade inga artiklar på ditt språk, så de här är på engelska.',
  error: 'Sökningen är inte tillgänglig just nu.',
  showAll_one: 'Visa {{count}} artikel',
  showAll_other: 'Visa alla {{count}} artiklar',
  showFirst_one: 'Visa den första artikeln',
  showFirst_other: 'Visa de första {{count}} artiklarna',
  showMore: 'Visa fler',
  range: 'Artikel {{from}}–{{to}} av {{total}}',
} as const;

export default sv satisfies FaqSearchStrings;
