import type { HelpCenterStrings } from './en.js';

const nb = {
  title: 'Hva kan vi hjelpe deg med?',
  intro: 'Finn svar på vanlige spørsmål, eller ta kontakt med oss.',
  topics: 'Bla gjennom emner',
  articles_one: '{{count}} artikkel',
  articles_other: '{{count}} artikler',
  breadcrumbs: 'Du er her',
  home: 'Hjelp',
  notFound: 'Vi fant ikke denne artikkelen.',
  allTopics: 'Tilbake til alle emner',
  contactTitle: 'Trenger du fortsatt hjelp?',
  chat: 'Chat med oss',
  chatHint: 'Assistenten vår svarer med en gang, døgnet rundt.',
  callback: 'Bli oppringt',
  callbackHint: 'Vi ringer deg når det passer for deg.',
  phone: 'Ring oss',
  openUntil: 'Åpent nå, til kl. {{time}}',
  closedOpens: 'Stengt nå, åpner kl. {{time}}',
  hoursToday: 'I dag {{opens}}–{{closes}}',
  closedToday: 'Stengt i dag',
  moreWays: 'Flere måter å få hjelp på',
} as const;

export default nb satisfies HelpCenterStrings;
