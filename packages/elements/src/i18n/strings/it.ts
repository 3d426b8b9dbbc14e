import type { CommonStrings } from './en.js';

const it = {
  loading: 'Caricamento…',
  retry: 'Riprova',
  error: 'Si è verificato un errore. Riprova.',
  offline: 'Al momento non riusciamo a raggiungere il servizio di assistenza.',
  close: 'Chiudi',
  back: 'Indietro',
  forward: 'Avanti',
} as const;

export default it satisfies CommonStrings;
