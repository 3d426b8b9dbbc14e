import type { HelpCenterStrings } from './en.js';

const fr = {
  title: 'Comment pouvons-nous vous aider ?',
  intro: 'Trouvez des réponses aux questions fréquentes ou contactez-nous.',
  topics: 'Parcourir par thème',
  articles_one: '{{count}} article',
  articles_many: '{{count}} articles',
  articles_other: '{{count}} articles',
  breadcrumbs: 'Vous êtes ici',
  home: 'Aide',
  notFound: 'Nous n’avons pas trouvé cet article.',
  allTopics: 'Retour à tous les thèmes',
  contactTitle: 'Vous avez encore besoin d’aide ?',
  chat: 'Discuter avec nous',
  chatHint: 'Notre assistant répond immédiatement, jour et nuit.',
  callback: 'Demander un rappel',
  callbackHint: 'Nous vous appelons au moment qui vous convient.',
  phone: 'Nous appeler',
  openUntil: 'Ouvert actuellement, jusqu’à {{time}}',
  closedOpens: 'Fermé actuellement, ouvre à {{time}}',
  hoursToday: 'Aujourd’hui {{opens}}–{{closes}}',
  closedToday: 'Fermé aujourd’hui',
  moreWays: 'D’autres moyens de vous aider',
} as const;

export default fr satisfies HelpCenterStrings;
