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
} as const;

export default pl satisfies FaqSearchStrings;
