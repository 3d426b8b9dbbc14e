import type { CommonStrings } from './en.js';

const nl = {
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  error: 'Er ging iets mis. Probeer het opnieuw.',
  offline: 'We kunnen de hulpservice nu niet bereiken.',
  close: 'Sluiten',
  back: 'Terug',
  forward: 'Vooruit',
} as const;

export default nl satisfies CommonStrings;
