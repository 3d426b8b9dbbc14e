import type { HelpCenterStrings } from './en.js';

const pl = {
  title: 'Jak możemy pomóc?',
  intro: 'Znajdź odpowiedzi na najczęstsze pytania lub skontaktuj się z nami.',
  topics: 'Przeglądaj według tematu',
  articles_one: '{{count}} artykuł',
  articles_few: '{{count}} artykuły',
  articles_many: '{{count}} artykułów',
  articles_other: '{{count}} artykułu',
  breadcrumbs: 'Jesteś tutaj',
  home: 'Pomoc',
  notFound: 'Nie znaleźliśmy tego artykułu.',
  allTopics: 'Wróć do wszystkich tematów',
  contactTitle: 'Nadal potrzebujesz pomocy?',
  chat: 'Czat z nami',
  chatHint: 'Nasz asystent odpowiada od razu, o każdej porze dnia i nocy.',
  callback: 'Poproś o telefon',
  callbackHint: 'Zadzwonimy w dogodnym dla Ciebie terminie.',
  phone: 'Zadzwoń do nas',
  openUntil: 'Teraz otwarte, do godz. {{time}}',
  closedOpens: 'Teraz zamknięte, otwarcie o godz. {{time}}',
  hoursToday: 'Dziś {{opens}}–{{closes}}',
  closedToday: 'Dziś zamknięte',
  moreWays: 'Inne formy pomocy',
} as const;

export default pl satisfies HelpCenterStrings;
