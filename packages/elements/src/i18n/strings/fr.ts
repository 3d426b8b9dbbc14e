import type { CommonStrings } from './en.js';

const fr = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  error: 'Une erreur est survenue. Veuillez réessayer.',
  offline: 'Impossible de joindre le service d’aide pour le moment.',
  close: 'Fermer',
  back: 'Retour',
  forward: 'Suivant',
} as const;

export default fr satisfies CommonStrings;
