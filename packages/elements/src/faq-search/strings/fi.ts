import type { FaqSearchStrings } from './en.js';

const fi = {
  label: 'Hae ohjeartikkeleista',
  placeholder: 'Hae, esim. palautus tai maksusuunnitelma',
  clear: 'Tyhjennä haku',
  searching: 'Haetaan…',
  results_one: '{{count}} artikkeli löytyi',
  results_other: '{{count}} artikkelia löytyi',
  instructions: 'Valitse artikkeli ylä- ja alanuolinäppäimillä ja avaa se Enter-näppäimellä.',
  noResults: 'Haulla ”{{query}}” ei löytynyt artikkeleita.',
  noResultsHint: 'Kokeile muita sanoja tai kysy meiltä suoraan.',
  chat: 'Chattaa kanssamme',
  recent: 'Viimeisimmät haut',
  clearRecent: 'Tyhjennä viimeisimmät haut',
  fallback: 'Kielelläsi ei löytynyt sopivia artikkeleita, joten näytämme englanninkieliset.',
  error: 'Haku ei ole juuri nyt käytettävissä.',
  showAll_one: 'Näytä {{count}} artikkeli',
  showAll_other: 'Näytä kaikki {{count}} artikkelia',
  showFirst_one: 'Näytä ensimmäinen artikkeli',
  showFirst_other: 'Näytä ensimmäiset {{count}} artikkelia',
  showMore: 'Näytä lisää',
  range: 'Artikkelit {{from}}–{{to}}/{{total}}',
} as const;

export default fi satisfies FaqSearchStrings;
