import type { CommonStrings } from './en.js';

const de = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  error: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  offline: 'Wir können den Hilfeservice gerade nicht erreichen.',
  close: 'Schließen',
  back: 'Zurück',
  forward: 'Vorwärts',
} as const;

export default de satisfies CommonStrings;
