import type { FaqSearchStrings } from './en.js';

const de = {
  label: 'Hilfeartikel durchsuchen',
  placeholder: 'Suchen, z. B. Rücksendung oder Zahlungsplan',
  clear: 'Suche löschen',
  searching: 'Suche läuft…',
  results_one: '{{count}} Artikel gefunden',
  results_other: '{{count}} Artikel gefunden',
  instructions: 'Wählen Sie mit den Pfeiltasten nach oben und unten einen Artikel aus und öffnen Sie ihn mit der Eingabetaste.',
  noResults: 'Keine Artikel zu „{{query}}“ gefunden.',
  noResultsHint: 'Versuchen Sie es mit anderen Begriffen oder fragen Sie uns direkt.',
  chat: 'Mit uns chatten',
  recent: 'Letzte Suchanfragen',
  clearRecent: 'Letzte Suchanfragen löschen',
  fallback: 'In Ihrer Sprache gab es keine passenden Artikel, deshalb sehen Sie diese auf Englisch.',
  error: 'Die Suche ist gerade nicht verfügbar.',
  showAll_one: '{{count}} Artikel anzeigen',
  showAll_other: 'Alle {{count}} Artikel anzeigen',
  showFirst_one: 'Den ersten Artikel anzeigen',
  showFirst_other: 'Die ersten {{count}} Artikel anzeigen',
  showMore: 'Mehr anzeigen',
  range: 'Artikel {{from}}–{{to}} von {{total}}',
} as const;

export default de satisfies FaqSearchStrings;
