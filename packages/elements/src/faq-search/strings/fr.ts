import type { FaqSearchStrings } from './en.js';

const fr = {
  label: 'Rechercher dans les articles d’aide',
  placeholder: 'Rechercher, p. ex. retour ou échéancier',
  clear: 'Effacer la recherche',
  searching: 'Recherche en cours…',
  results_one: '{{count}} article trouvé',
  results_many: '{{count}} articles trouvés',
  results_other: '{{count}} articles trouvés',
  instructions: 'Utilisez les flèches haut et bas pour choisir un article, puis Entrée pour l’ouvrir.',
  noResults: 'Aucun article ne correspond à « {{query}} ».',
  noResultsHint: 'Essayez d’autres mots ou posez-nous directement votre question.',
  chat: 'Discuter avec nous',
  recent: 'Recherches récentes',
  clearRecent: 'Effacer les recherches récentes',
  fallback: 'Aucun article ne correspond dans votre langue, voici donc des articles en anglais.',
  error: 'La recherche est indisponible pour le moment.',
  showAll_one: 'Afficher {{count}} article',
  showAll_many: 'Afficher les {{count}} articles',
  showAll_other: 'Afficher les {{count}} articles',
  showFirst_one: 'Afficher le premier article',
  showFirst_many: 'Afficher les {{count}} premiers articles',
  showFirst_other: 'Afficher les {{count}} premiers articles',
  showMore: 'Afficher plus',
  range: 'Articles {{from}} à {{to}} sur {{total}}',
} as const;

export default fr satisfies FaqSearchStrings;
