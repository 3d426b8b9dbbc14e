import type { Strings } from '../strings.js';

/** English common strings: the source every translation in this folder follows. */
const en = {
  loading: 'Loading…',
  retry: 'Try again',
  error: 'Something went wrong. Please try again.',
  offline: 'We can’t reach the help service right now.',
  close: 'Close',
  back: 'Back',
  forward: 'Forward',
} as const;

export default en;
export type CommonStrings = Strings<typeof en>;
