import type { CommonStrings } from './en.js';

const sv = {
  loading: 'Laddar…',
  retry: 'Försök igen',
  error: 'Något gick fel. Försök igen.',
  offline: 'Vi kan inte nå hjälptjänsten just nu.',
  close: 'Stäng',
  back: 'Tillbaka',
  forward: 'Framåt',
} as const;

export default sv satisfies CommonStrings;
