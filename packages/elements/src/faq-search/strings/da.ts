import type { FaqSearchStrings } from './en.js';

const da = {
  label: 'Søg i hjælpeartikler',
  placeholder: 'Søg, f.eks. returnering eller betalingsplan',
  clear: 'Ryd søgning',
  searching: 'Søger…',
  results_one: '{{count}} artikel fundet',
  results_other: '{{count}} artikler fundet',
  instructions: 'Brug pil op og pil ned til at vælge en artikel, og tryk på Enter for at åbne den.',
  noResults: 'Ingen artikler matcher »{{query}}«.',
  noResultsHint: 'Prøv med andre ord, eller spørg os direkte.',
  chat: 'Chat med os',
  recent: 'Seneste søgninger',
  clearRecent: 'Ryd seneste søgninger',
  fallback: 'Der var ingen artikler på dit sprog, der passede, så disse er på engelsk.',
  error: 'Søgningen er ikke tilgængelig lige nu.',
  showAll_one: 'Vis {{count}} artikel',
  showAll_other: 'Vis alle {{count}} artikler',
  showFirst_one: 'Vis den første artikel',
  showFirst_other: 'Vis de første {{count}} artikler',
  showMore: 'Vis flere',
  range: 'Artikel {{from}}–{{to}} af {{total}}',
} as const;

export default da satisfies FaqSearchStrings;
