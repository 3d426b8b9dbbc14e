import type { HelpCenterStrings } from './en.js';

const sv = {
  title: 'Hur kan vi hjälpa dig?',
  intro: 'Hitta svar på vanliga frågor eller kontakta oss.',
  topics: 'Bläddra bland ämnen',
  articles_one: '{{count}} artikel',
  articles_other: '{{count}} artiklar',
  breadcrumbs: 'Du är här',
  home: 'Hjälp',
  notFound: 'Vi kunde inte hitta artikeln.',
  allTopics: 'Tillbaka till alla ämnen',
  contactTitle: 'Behöver du mer hjälp?',
  chat: 'Chatta med oss',
  chatHint: 'Vår assistent svarar direkt, dygnet runt.',
  callback: 'Bli uppringd',
  callbackHint: 'Vi ringer dig när det passar dig.',
  phone: 'Ring oss',
  openUntil: 'Öppet nu, till {{time}}',
  closedOpens: 'Stängt nu, öppnar {{time}}',
  hoursToday: 'Idag {{opens}}–{{closes}}',
  closedToday: 'Stängt idag',
  moreWays: 'Fler sätt att få hjälp',
} as const;

export default sv satisfies HelpCenterStrings;
