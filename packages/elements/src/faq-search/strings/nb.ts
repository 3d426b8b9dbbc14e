import type { FaqSearchStrings } from './en.js';

const nb = {
  label: 'Søk i hjelpeartikler',
  placeholder: 'Søk, f.eks. retur eller betalingsplan',
  clear: 'Fjern søket',
  searching: 'Søker…',
  results_one: '{{count}} artikkel funnet',
  results_other: '{{count}} artikler funnet',
  instructions: 'Bruk piltastene opp og ned for å velge en artikkel, og trykk Enter for å åpne den.',
  noResults: 'Fant ingen artikler som passer til «{{query}}».',
  noResultsHint: 'Prøv andre ord, eller spør oss direkte.',
  chat: 'Chat med oss',
  recent: 'Nylige søk',
  clearRecent: 'Fjern nylige søk',
  fallback: 'Vi fant ingen passende artikler på ditt språk, så disse er på engelsk.',
  error: 'Søket er ikke tilgjengelig akkurat nå.',
  showAll_one: 'Vis {{count}} artikkel',
  showAll_other: 'Vis alle {{count}} artiklene',
  showFirst_one: 'Vis den første artikkelen',
  showFirst_other: 'Vis de første {{count}} artiklene',
  showMore: 'Vis flere',
  range: 'Artikkel {{from}}–{{to}} av {{total}}',
} as const;

export default nb satisfies FaqSearchStrings;
