import type { FaqSearchStrings } from './en.js';

const pl = {
  label: 'Szukaj w artykułach pomocy',
  placeholder: 'Szukaj, np. zwrot lub harmonogram płatności',
  clear: 'Wyczyść wyszukiwanie',
  searching: 'Wyszukiwanie…',
  results_one: 'Znaleziono {{count}} artykuł',
  results_few: 'Znaleziono {{count}} artykuły',
  results_many: 'Znaleziono {{count}} artykułów',
  results_other: 'Znaleziono {{count}} artykułu',
  instructions: 'Wybierz artykuł strzałkami w górę i w dół, a następnie naciśnij Enter, aby go otworzyć.',
  noResults: 'Brak artykułów pasujących do „{{query}}”.',
  noResultsHint: 'Spróbuj innych słów albo zapytaj nas bezpośrednio.',
  chat: 'Czat z nami',
  recent: 'Ostatnie wyszukiwania',
  clearRecent: 'Wyczyść ostatnie wyszukiwania',
  fallback: 'Nie znaleźliśmy pasujących artykułów w Twoim języku, więc pokazujemy artykuły po angielsku.',
  error: 'Wyszukiwanie jest teraz niedostępne.',
  showAll_one: 'Pokaż {{count}} artykuł',
  showAll_few: 'Pokaż wszystkie {{count}} artykuły',
  showAll_many: 'Pokaż wszystkie {{count}} artykułów',
  showAll_other: 'Pokaż wszystkie {{count}} artykułu',
  showFirst_one: 'Pokaż pierwszy artykuł',
  showFirst_few: 'Pokaż pierwsze {{count}} artykuły',
  showFirst_many: 'Pokaż pierwszych {{count}} artykułów',
  showFirst_other: 'Pokaż pierwsze {{count}} artykułu',
  showMore: 'Pokaż więcej',
  range: 'Artykuły {{from}}–{{to}} z {{total}}',
} as const;

export default pl satisfies FaqSearchStrings;
