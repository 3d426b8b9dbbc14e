import type { HelpCenterStrings } from './en.js';

const it = {
  title: 'Come possiamo aiutarti?',
  intro: 'Trova le risposte alle domande più frequenti o contattaci.',
  topics: 'Sfoglia per argomento',
  articles_one: '{{count}} articolo',
  articles_many: '{{count}} articoli',
  articles_other: '{{count}} articoli',
  breadcrumbs: 'Ti trovi qui',
  home: 'Assistenza',
  notFound: 'Non abbiamo trovato questo articolo.',
  allTopics: 'Torna a tutti gli argomenti',
  contactTitle: 'Hai ancora bisogno di aiuto?',
  chat: 'Chatta con noi',
  chatHint: 'Il nostro assistente risponde subito, giorno e notte.',
  callback: 'Fatti richiamare',
  callbackHint: 'Ti chiamiamo quando ti è più comodo.',
  phone: 'Chiamaci',
  openUntil: 'Aperto ora, fino alle {{time}}',
  closedOpens: 'Chiuso ora, apre alle {{time}}',
  hoursToday: 'Oggi {{opens}}–{{closes}}',
  closedToday: 'Oggi chiuso',
  moreWays: 'Altri modi per ricevere aiuto',
} as const;

export default it satisfies HelpCenterStrings;
