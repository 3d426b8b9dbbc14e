import type { ChatOfflineStrings } from './en.js';

const pt = {
  title: 'Deixar uma mensagem',
  intro: 'De momento, os nossos assistentes não estão disponíveis. Escreva-nos e o apoio ao cliente responde-lhe por e-mail.',
  name: 'O seu nome',
  emailOnFile: 'O e-mail da sua encomenda: a resposta e uma cópia da sua mensagem são enviadas para aqui.',
  emailHint: 'A resposta e uma cópia da sua mensagem são enviadas para aqui.',
  change: 'Usar outro e-mail',
  message: 'A sua mensagem',
  messageHint: 'O que escreveu no chat já está aqui. Altere-o como quiser.',
  order: 'Sobre a encomenda {{reference}}',
  send: 'Enviar mensagem',
  sending: 'A enviar a sua mensagem…',
  errName: 'Introduza o seu nome.',
  errMessage: 'Escreva a sua mensagem, com pelo menos 2 caracteres.',
  errNetwork: 'Não foi possível enviar a sua mensagem. Verifique a ligação e tente novamente: o que escreveu fica guardado.',
  errOnline: 'Os nossos assistentes estão de volta: peça antes para falar com uma pessoa no chat.',
  sentTitle: 'Mensagem enviada',
  sentAnswer: 'O apoio ao cliente responde-lhe por e-mail até {{time}}.',
  sentCopy: 'Foi enviada uma cópia da sua mensagem para {{email}}.',
} as const;

export default pt satisfies ChatOfflineStrings;
