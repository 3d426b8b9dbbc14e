import type { HelpCenterStrings } from './en.js';

const nl = {
  title: 'Waarmee kunnen we je helpen?',
  intro: 'Vind antwoorden op veelgestelde vragen of neem contact met ons op.',
  topics: 'Bekijk per onderwerp',
  articles_one: '{{count}} artikel',
  articles_other: '{{count}} artikelen',
  breadcrumbs: 'Je bent hier',
  home: 'Help',
  notFound: 'We konden dit artikel niet vinden.',
  allTopics: 'Terug naar alle onderwerpen',
  contactTitle: 'Nog hulp nodig?',
  chat: 'Chat met ons',
  chatHint: 'Onze assistent reageert direct, dag en nacht.',
  callback: 'Terugbellen aanvragen',
  callbackHint: 'We bellen je op een moment dat jou uitkomt.',
  phone: 'Bel ons',
  openUntil: 'Nu open, tot {{time}}',
  closedOpens: 'Nu gesloten, opent om {{time}}',
  hoursToday: 'Vandaag {{opens}}–{{closes}}',
  closedToday: 'Vandaag gesloten',
  moreWays: 'Meer manieren om je te helpen',
} as const;

export default nl satisfies HelpCenterStrings;
