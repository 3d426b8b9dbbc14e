import type { CommonStrings } from './en.js';

const da = {
  loading: 'Indlæser…',
  retry: 'Prøv igen',
  error: 'Noget gik galt. Prøv igen.',
  offline: 'Vi kan ikke få forbindelse til hjælpetjenesten lige nu.',
  close: 'Luk',
  back: 'Tilbage',
  forward: 'Frem',
} as const;

export default da satisfies CommonStrings;
