import type { CommonStrings } from './en.js';

const nb = {
  loading: 'Laster inn…',
  retry: 'Prøv igjen',
  error: 'Noe gikk galt. Prøv igjen.',
  offline: 'Vi får ikke kontakt med hjelpetjenesten akkurat nå.',
  close: 'Lukk',
  back: 'Tilbake',
  forward: 'Fremover',
} as const;

export default nb satisfies CommonStrings;
