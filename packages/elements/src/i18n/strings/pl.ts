import type { CommonStrings } from './en.js';

const pl = {
  loading: 'Ładowanie…',
  retry: 'Spróbuj ponownie',
  error: 'Coś poszło nie tak. Spróbuj ponownie.',
  offline: 'Nie możemy teraz połączyć się z centrum pomocy.',
  close: 'Zamknij',
  back: 'Wróć',
  forward: 'Dalej',
} as const;

export default pl satisfies CommonStrings;
