import type { HelpCenterStrings } from './en.js';

const fi = {
  title: 'Miten voimme auttaa?',
  intro: 'Löydä vastauksia yleisiin kysymyksiin tai ota meihin yhteyttä.',
  topics: 'Selaa aiheittain',
  articles_one: '{{count}} artikkeli',
  articles_other: '{{count}} artikkelia',
  breadcrumbs: 'Olet tässä',
  home: 'Ohjeet',
  notFound: 'Emme löytäneet artikkelia.',
  allTopics: 'Takaisin kaikkiin aiheisiin',
  contactTitle: 'Tarvitsetko vielä apua?',
  chat: 'Chattaa kanssamme',
  chatHint: 'Avustajamme vastaa heti, vuorokauden ympäri.',
  callback: 'Jätä soittopyyntö',
  callbackHint: 'Soitamme sinulle sopivaan aikaan.',
  phone: 'Soita meille',
  openUntil: 'Avoinna nyt, klo {{time}} asti',
  closedOpens: 'Suljettu nyt, avautuu klo {{time}}',
  hoursToday: 'Tänään {{opens}}–{{closes}}',
  closedToday: 'Tänään suljettu',
  moreWays: 'Muita tapoja saada apua',
} as const;

export default fi satisfies HelpCenterStrings;
