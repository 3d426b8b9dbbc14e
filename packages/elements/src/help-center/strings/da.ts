import type { HelpCenterStrings } from './en.js';

const da = {
  title: 'Hvordan kan vi hjælpe?',
  intro: 'Find svar på almindelige spørgsmål, eller kontakt os.',
  topics: 'Gennemse emner',
  articles_one: '{{count}} artikel',
  articles_other: '{{count}} artikler',
  breadcrumbs: 'Du er her',
  home: 'Hjælp',
  notFound: 'Vi kunne ikke finde artiklen.',
  allTopics: 'Tilbage til alle emner',
  contactTitle: 'Har du stadig brug for hjælp?',
  chat: 'Chat med os',
  chatHint: 'Vores assistent svarer med det samme – døgnet rundt.',
  callback: 'Bliv ringet op',
  callbackHint: 'Vi ringer til dig, når det passer dig.',
  phone: 'Ring til os',
  openUntil: 'Åbent nu, til kl. {{time}}',
  closedOpens: 'Lukket nu, åbner kl. {{time}}',
  hoursToday: 'I dag {{opens}}–{{closes}}',
  closedToday: 'Lukket i dag',
  moreWays: 'Flere måder at få hjælp på',
} as const;

export default da satisfies HelpCenterStrings;
