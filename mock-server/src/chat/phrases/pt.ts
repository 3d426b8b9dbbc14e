import { plural } from '../format.js';
import type { Phrases } from '../phrases.js';

const days = (n: number) => plural('pt', n, { one: 'dia', other: 'dias' });

export const pt: Phrases = {
  greeting: (name) =>
    `Olá${name ? `, ${name}` : ''}! Sou o assistente. Pergunte-me sobre pagamentos, devoluções, um problema com uma encomenda, o seu cartão ou o seu saldo. Pode pedir para falar com uma pessoa a qualquer momento.`,
  greetBack: (name) => `Olá${name ? `, ${name}` : ''}! Em que posso ajudar?`,
  topics: { payments: 'Pagamentos', returns: 'Devoluções', problems: 'Um problema com uma encomenda', card: 'Cartão de crédito', balance: 'Saldo', account: 'A minha conta' },
  helped: 'Isto ajudou',
  talkToPerson: 'Falar com uma pessoa',
  noThanks: 'Não, obrigado',
  notSure: 'Não tenho a certeza de ter percebido. Posso ajudar com pagamentos, devoluções, problemas com uma encomenda, o seu cartão e o seu saldo, ou passá-lo a uma pessoa.',
  cannotHelp: 'Não consigo tratar disto sozinho, por isso vou passá-lo a uma pessoa.',
  welcome: 'De nada! Se não precisar de mais nada, pode avaliar esta conversa.',
  anythingElse: 'Está bem. Posso ajudar com mais alguma coisa?',
  verifyFirst:
    'Para ver as suas encomendas preciso de saber que é você. Confirme a sua identidade com o número da encomenda e o e-mail ou telefone que usou na compra, e depois pergunte-me de novo.',
  verifyForAccount: 'Para ver isto nas suas encomendas, confirme a sua identidade com o número da encomenda e o e-mail ou telefone que usou na compra.',
  verify: 'Confirmar identidade',
  noOrders: 'Não encontro nenhuma encomenda sua.',
  pickOrder: 'De que encomenda está a falar?',
  orderStatus: (ref, merchant, status) => `A sua encomenda ${ref} de ${merchant} está ${status}.`,
  orderStatusNames: {
    authorized: 'feita e à espera da confirmação da loja',
    partially_confirmed: 'confirmada em parte pela loja: o seu plano de pagamento cobre apenas o que a loja confirmou',
    confirmed: 'confirmada pela loja',
    shipped: 'a caminho',
    delivered: 'entregue',
    cancelled: 'cancelada',
    refunded: 'reembolsada',
  },
  nextPayment: (amount, date) => `O seu próximo pagamento é de ${amount}, com vencimento a ${date}.`,
  planSummary: (ref, paid, remaining) => `Plano de pagamento de ${ref}: ${paid} pago, ${remaining} por pagar.`,
  planCompleted: (ref) => `Está tudo pago em ${ref}. Não há mais nada a pagar.`,
  planPaused: 'Os pagamentos estão suspensos enquanto houver uma devolução ou um problema em aberto, por isso entretanto não há custos por atraso.',
  planInCollection: (agency) => `Este plano foi entregue à ${agency} para cobrança; contacte-os para pagar.`,
  extendOffer: (amount, date) => `O seu próximo pagamento de ${amount} vence a ${date}. Posso adiar esta data uma vez. Escolha a nova data:`,
  extendChoice: (n, date) => `+${n} ${days(n)} (${date})`,
  keepDate: 'Manter a data',
  extendDone: (amount, date) => `Feito: o seu pagamento de ${amount} vence agora a ${date}. Esta data não pode voltar a ser adiada.`,
  extendKept: (date) => `Está bem, a data mantém-se a ${date}.`,
  extendRefused: {
    already_extended: 'Este pagamento já foi adiado uma vez, e cada pagamento só pode ser adiado uma vez.',
    paid: 'Não há nenhum pagamento em aberto nesta encomenda para adiar.',
    overdue: 'Este pagamento está em atraso, por isso a data já não pode ser adiada. Pague-o ou fale com uma pessoa sobre isso.',
    paused: 'Os pagamentos desta encomenda estão suspensos enquanto houver uma devolução ou um problema em aberto, por isso agora não há nada para adiar.',
    not_extendable: 'Este tipo de pagamento não pode ser adiado.',
    no_plan: 'Esta encomenda não tem plano de pagamento.',
  },
  refunds: (ref, list) => `Reembolsos de ${ref}: ${list}.`,
  noRefunds: (ref) =>
    `Ainda não há reembolso em ${ref}. Quando a loja regista uma devolução, o reembolso demora 3 a 14 dias úteis, e o seu banco pode precisar de mais até 10 dias.`,
  returnStatus: (ref, status) => `A sua devolução ${ref} está ${status}.`,
  returnStatusNames: {
    reported: 'comunicada, e os seus pagamentos estão suspensos enquanto estiver em aberto',
    in_transit: 'a caminho da loja',
    received: 'recebida pela loja',
    registered: 'registada pela loja',
    refunded: 'reembolsada',
    investigation: 'em análise porque a loja não a registou',
    cancelled: 'cancelada',
    closed: 'encerrada',
  },
  refundExpected: (amount, date) => `Espera-se um reembolso de ${amount} até ${date}.`,
  noReturns: (ref) => `Não vejo nenhuma devolução comunicada para ${ref}.`,
  holdPending: (amount, ref, date) => `Os ${amount} pendentes de ${ref} são uma cativação, não uma cobrança. Normalmente desaparece sozinha até ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `Os ${amount} pendentes de ${ref} são uma cativação, não uma cobrança. Devia ter desaparecido até ${date}, por isso temos de pedir à loja que a liberte. Uma pessoa pode tratar disso por si.`,
  noHold: (ref) => `Não há nenhuma cativação pendente em ${ref}.`,
  offerPerson: 'Quer que passe isto a uma pessoa?',
  handingOver: 'Vou passá-lo a uma pessoa que pode ajudar.',
  queued: (position, minutes, ticket) =>
    `É o número ${position} na fila; a espera prevista é de cerca de ${minutes} min. O seu pedido é o ${ticket}, e quem o atender verá a nossa conversa.`,
  offline: (when, ticket) =>
    `Os nossos assistentes não estão disponíveis neste momento e voltam ${when}. O seu pedido ${ticket} fica na fila, ou podemos ligar-lhe à hora que lhe der jeito.`,
  alreadyWaiting: (ticket) => `O seu pedido ${ticket} já está com a nossa equipa.`,
  requestCallback: 'Pedir uma chamada',
  callbackOffer: 'Podemos ligar-lhe: escolha uma hora dentro do nosso horário telefónico.',
  callbackBooked: (phone, from, to, ref) => `Vamos ligar-lhe para o ${phone} entre as ${from} e as ${to}. A sua referência é ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Olá${name ? `, ${name}` : ''}, fala ${agent}. Vejo a nossa conversa${ref ? ` e a sua encomenda ${ref}` : ''}, por isso não precisa de repetir nada. Dê-me um momento para ver isto.`,
  agentFollowUp: 'Obrigado, tomei nota e estou a tratar disso.',
  resolved: (ticket, summary) => `O seu pedido ${ticket} está resolvido.${summary ? ` ${summary}` : ''} Pode avaliar esta conversa.`,
  noteRefund: (amount, ref) => `Foi emitido um reembolso de ${amount} em ${ref}.`,
  noteReleaseHold: (amount, ref) => `A cativação de ${amount} em ${ref} foi libertada.`,
  noteExtend: (ref, date) => `O pagamento de ${ref} vence agora a ${date}.`,
  refundLate: (amount, ref) =>
    `O reembolso de ${amount} da encomenda ${ref} está a caminho há 10 dias úteis, pelo que já devia ter chegado. Um especialista em reembolsos pode verificar o que se passa.`,
  specialistBy: {
    level_2: (when) => `Um especialista responderá até ${when}.`,
    legal_review: (when) => `A reclamação segue para a nossa equipa de análise, que responderá até ${when}.`,
    fraud: (when) => `A nossa equipa antifraude foi alertada e entrará em contacto até ${when}. Entretanto, não partilhe códigos nem dados do cartão com ninguém.`,
  },
};
