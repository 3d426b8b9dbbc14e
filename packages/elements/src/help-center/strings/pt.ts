import type { HelpCenterStrings } from './en.js';

const pt = {
  title: 'Como podemos ajudar?',
  intro: 'Encontre respostas às perguntas mais frequentes ou contacte-nos.',
  topics: 'Explorar por tema',
  articles_one: '{{count}} artigo',
  articles_many: '{{count}} de artigos',
  articles_other: '{{count}} artigos',
  breadcrumbs: 'Está aqui',
  home: 'Ajuda',
  notFound: 'Não encontrámos esse artigo.',
  allTopics: 'Voltar a todos os temas',
  contactTitle: 'Ainda precisa de ajuda?',
  chat: 'Fale connosco',
  chatHint: 'O nosso assistente responde de imediato, a qualquer hora do dia ou da noite.',
  callback: 'Pedir que lhe liguemos',
  callbackHint: 'Ligamos-lhe à hora que lhe der mais jeito.',
  phone: 'Ligue-nos',
  openUntil: 'Aberto agora, até às {{time}}',
  closedOpens: 'Fechado agora, abre {{time}}',
  hoursToday: 'Hoje, {{opens}}–{{closes}}',
  closedToday: 'Fechado hoje',
  moreWays: 'Outras formas de o ajudarmos',
} as const;

export default pt satisfies HelpCenterStrings;
