import type { CommonStrings } from './en.js';

const he = {
  loading: 'בטעינה…',
  retry: 'לנסות שוב',
  error: 'משהו השתבש. כדאי לנסות שוב.',
  offline: 'אין לנו כרגע חיבור לשירות העזרה.',
  close: 'סגירה',
  back: 'חזרה',
  forward: 'קדימה',
} as const;

export default he satisfies CommonStrings;
