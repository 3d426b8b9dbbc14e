import type { CommonStrings } from './en.js';

const fi = {
  loading: 'Ladataan…',
  retry: 'Yritä uudelleen',
  error: 'Jokin meni vikaan. Yritä uudelleen.',
  offline: 'Emme saa juuri nyt yhteyttä tukipalveluun.',
  close: 'Sulje',
  back: 'Takaisin',
  forward: 'Eteenpäin',
} as const;

export default fi satisfies CommonStrings;
