import type { HelpCenterStrings } from './en.js';

const cs = {
  title: 'Jak vám můžeme pomoci?',
  intro: 'Najděte odpovědi na časté dotazy, nebo se nám ozvěte.',
  topics: 'Procházet podle témat',
  articles_one: '{{count}} článek',
  articles_few: '{{count}} články',
  articles_many: '{{count}} článku',
  articles_other: '{{count}} článků',
  breadcrumbs: 'Nacházíte se zde',
  home: 'Nápověda',
  notFound: 'Tento článek jsme nenašli.',
  allTopics: 'Zpět na všechna témata',
  contactTitle: 'Stále potřebujete pomoc?',
  chat: 'Napište nám do chatu',
  chatHint: 'Náš asistent odpoví hned, ve dne i v noci.',
  callback: 'Požádat o zavolání',
  callbackHint: 'Zavoláme vám, kdy se vám to bude hodit.',
  phone: 'Zavolejte nám',
  openUntil: 'Nyní otevřeno, do {{time}}',
  closedOpens: 'Nyní zavřeno, otevíráme {{time}}',
  hoursToday: 'Dnes {{opens}}–{{closes}}',
  closedToday: 'Dnes zavřeno',
  moreWays: 'Další způsoby, jak vám pomůžeme',
} as const;

export default cs satisfies HelpCenterStrings;
