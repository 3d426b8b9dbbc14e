import type { HelpCenterStrings } from './en.js';

const de = {
  title: 'Wie können wir helfen?',
  intro: 'Finden Sie Antworten auf häufige Fragen oder nehmen Sie Kontakt mit uns auf.',
  topics: 'Hilfe nach Thema',
  articles_one: '{{count}} Artikel',
  articles_other: '{{count}} Artikel',
  breadcrumbs: 'Sie sind hier',
  home: 'Hilfe',
  notFound: 'Wir konnten diesen Artikel nicht finden.',
  allTopics: 'Zurück zu allen Themen',
  contactTitle: 'Brauchen Sie weitere Hilfe?',
  chat: 'Mit uns chatten',
  chatHint: 'Unser Assistent antwortet sofort – rund um die Uhr.',
  callback: 'Rückruf anfordern',
  callbackHint: 'Wir rufen Sie zu einer Zeit an, die Ihnen passt.',
  phone: 'Anrufen',
  openUntil: 'Jetzt geöffnet bis {{time}}',
  closedOpens: 'Jetzt geschlossen, öffnet um {{time}}',
  hoursToday: 'Heute {{opens}}–{{closes}}',
  closedToday: 'Heute geschlossen',
  moreWays: 'Weitere Hilfemöglichkeiten',
} as const;

export default de satisfies HelpCenterStrings;
