import type { FaqSearchStrings } from './en.js';

const it = {
  label: 'Cerca negli articoli di assistenza',
  placeholder: 'Cerca, ad es. reso o piano di pagamento',
  clear: 'Cancella ricerca',
  searching: 'Ricerca in corso…',
  results_one: '{{count}} articolo trovato',
  results_many: '{{count}} articoli trovati',
  results_other: '{{count}} articoli trovati',
  instructions: 'Usa i tasti freccia su e giù per scegliere un articolo e premi Invio per aprirlo.',
  noResults: 'Nessun articolo corrisponde a “{{query}}”.',
  noResultsHint: 'Prova con altre parole o contattaci direttamente.',
  chat: 'Chatta con noi',
  recent: 'Ricerche recenti',
  clearRecent: 'Cancella ricerche recenti',
  fallback: 'Non abbiamo trovato articoli nella tua lingua, quindi ti mostriamo quelli in inglese.',
  error: 'La ricerca non è disponibile al momento.',
  showAll_one: 'Mostra {{count}} articolo',
  showAll_many: 'Mostra tutti i {{count}} articoli',
  showAll_other: 'Mostra tutti i {{count}} articoli',
  showFirst_one: 'Mostra il primo articolo',
  showFirst_many: 'Mostra i primi {{count}} articoli',
  showFirst_other: 'Mostra i primi {{count}} articoli',
  showMore: 'Mostra altri',
  range: 'Articoli {{from}}–{{to}} di {{total}}',
} as const;

export default it satisfies FaqSearchStrings;
