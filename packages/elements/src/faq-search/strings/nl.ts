import type { FaqSearchStrings } from './en.js';

const nl = {
  label: 'Zoeken in helpartikelen',
  placeholder: 'Zoeken, bijv. retour of betalingsplan',
  clear: 'Zoekopdracht wissen',
  searching: 'Zoeken…',
  results_one: '{{count}} artikel gevonden',
  results_other: '{{count}} artikelen gevonden',
  instructions: 'Kies een artikel met de pijltoetsen omhoog en omlaag en open het met Enter.',
  noResults: 'Geen artikelen gevonden voor “{{query}}”.',
  noResultsHint: 'Probeer andere woorden of vraag het ons direct.',
  chat: 'Chat met ons',
  recent: 'Recente zoekopdrachten',
  clearRecent: 'Recente zoekopdrachten wissen',
  fallback: 'Er zijn geen artikelen in jouw taal gevonden, daarom zie je deze in het Engels.',
  error: 'Zoeken is nu niet beschikbaar.',
  showAll_one: 'Toon {{count}} artikel',
  showAll_other: 'Toon alle {{count}} artikelen',
  showFirst_one: 'Toon het eerste artikel',
  showFirst_other: 'Toon de eerste {{count}} artikelen',
  showMore: 'Meer tonen',
  range: 'Artikelen {{from}}–{{to}} van {{total}}',
} as const;

export default nl satisfies FaqSearchStrings;
