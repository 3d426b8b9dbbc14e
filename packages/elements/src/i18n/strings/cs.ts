import type { CommonStrings } from './en.js';

const cs = {
  loading: 'Načítání…',
  retry: 'Zkusit znovu',
  error: 'Něco se pokazilo. Zkuste to prosím znovu.',
  offline: 'Se službou zákaznické podpory se teď nemůžeme spojit.',
  close: 'Zavřít',
  back: 'Zpět',
  forward: 'Vpřed',
} as const;

export default cs satisfies CommonStrings;
