import { plural } from '../format.js';
import type { Phrases } from '../phrases.js';

const days = (n: number) => plural('it', n, { one: 'giorno', other: 'giorni' });

export const it: Phrases = {
  greeting: (name) =>
    `Ciao${name ? ` ${name}` : ''}! Sono l’assistente. Chiedimi di pagamenti, resi, un problema con un ordine, la tua carta o il tuo saldo. Puoi chiedere di parlare con una persona in qualsiasi momento.`,
  greetBack: (name) => `Ciao${name ? ` ${name}` : ''}! Come posso aiutarti?`,
  topics: { payments: 'Pagamenti', returns: 'Resi', problems: 'Un problema con un ordine', card: 'Carta di credito', balance: 'Saldo', account: 'Il mio account' },
  helped: 'Mi è stato utile',
  talkToPerson: 'Parla con una persona',
  noThanks: 'No, grazie',
  notSure: 'Non sono sicuro di aver capito. Posso aiutarti con pagamenti, resi, problemi con un ordine, la tua carta e il tuo saldo, oppure passarti a una persona.',
  cannotHelp: 'Non posso occuparmene da solo, quindi ti passo a una persona.',
  welcome: 'Prego! Se non c’è altro, puoi valutare questa chat.',
  anythingElse: 'Va bene. Posso aiutarti con qualcos’altro?',
  verifyFirst:
    'Per vedere i tuoi ordini devo sapere che sei tu. Verifica la tua identità con il numero d’ordine e l’e-mail o il numero di telefono usati al momento dell’acquisto, poi chiedimelo di nuovo.',
  verifyForAccount: 'Per controllarlo sui tuoi ordini, verifica la tua identità con il numero d’ordine e l’e-mail o il numero di telefono usati al momento dell’acquisto.',
  verify: 'Verifica identità',
  noOrders: 'Non trovo nessun ordine a tuo nome.',
  pickOrder: 'Di quale ordine parli?',
  orderStatus: (ref, merchant, status) => `Il tuo ordine ${ref} da ${merchant} è ${status}.`,
  orderStatusNames: {
    authorized: 'stato effettuato ed è in attesa di conferma dal negozio',
    partially_confirmed: 'stato confermato in parte dal negozio: il piano di pagamento copre solo ciò che il negozio ha confermato',
    confirmed: 'stato confermato dal negozio',
    shipped: 'in viaggio',
    delivered: 'stato consegnato',
    cancelled: 'stato annullato',
    refunded: 'stato rimborsato',
  },
  nextPayment: (amount, date) => `Il tuo prossimo pagamento è di ${amount}, con scadenza il ${date}.`,
  planSummary: (ref, paid, remaining) => `Piano di pagamento di ${ref}: ${paid} pagati, ${remaining} ancora da pagare.`,
  planCompleted: (ref) => `${ref} è interamente pagato. Non c’è altro da pagare.`,
  planPaused: 'I pagamenti sono sospesi finché un reso o un problema è aperto, quindi nel frattempo non si aggiungono penali di ritardo.',
  planInCollection: (agency) => `Questo piano è stato affidato a ${agency} per il recupero crediti; contattali per pagare.`,
  extendOffer: (amount, date) => `Il tuo prossimo pagamento di ${amount} scade il ${date}. Posso spostare questa data una volta. Scegli la nuova data:`,
  extendChoice: (n, date) => `+${n} ${days(n)} (${date})`,
  keepDate: 'Mantieni la data',
  extendDone: (amount, date) => `Fatto: il tuo pagamento di ${amount} ora scade il ${date}. Questa data non si può spostare di nuovo.`,
  extendKept: (date) => `Va bene, la data resta il ${date}.`,
  extendRefused: {
    already_extended: 'Questo pagamento è già stato spostato una volta, e ogni pagamento si può spostare una sola volta.',
    paid: 'Su questo ordine non c’è nessun pagamento aperto da spostare.',
    overdue: 'Questo pagamento è scaduto, quindi la data non si può più spostare. Pagalo oppure parlane con una persona.',
    paused: 'I pagamenti di questo ordine sono sospesi finché un reso o un problema è aperto, quindi al momento non c’è nulla da spostare.',
    not_extendable: 'Questo tipo di pagamento non si può spostare.',
    no_plan: 'Questo ordine non ha un piano di pagamento.',
  },
  refunds: (ref, list) => `Rimborsi su ${ref}: ${list}.`,
  noRefunds: (ref) =>
    `Non c’è ancora nessun rimborso su ${ref}. Quando il negozio registra un reso, il rimborso richiede da 3 a 14 giorni lavorativi, e la tua banca può impiegare fino a 10 giorni in più.`,
  returnStatus: (ref, status) => `Il tuo reso ${ref} è ${status}.`,
  returnStatusNames: {
    reported: 'stato segnalato, e i tuoi pagamenti sono sospesi finché è aperto',
    in_transit: 'in viaggio verso il negozio',
    received: 'stato ricevuto dal negozio',
    registered: 'stato registrato dal negozio',
    refunded: 'stato rimborsato',
    investigation: 'sotto verifica perché il negozio non l’ha registrato',
    cancelled: 'stato annullato',
    closed: 'chiuso',
  },
  refundExpected: (amount, date) => `È previsto un rimborso di ${amount} entro il ${date}.`,
  noReturns: (ref) => `Non vedo nessun reso segnalato per ${ref}.`,
  holdPending: (amount, ref, date) => `I ${amount} in sospeso per ${ref} sono una preautorizzazione, non un addebito. Di solito scompare da sola entro il ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `I ${amount} in sospeso per ${ref} sono una preautorizzazione, non un addebito. Sarebbe dovuta scomparire entro il ${date}, quindi dobbiamo chiedere al negozio di sbloccarla. Una persona può farlo per te.`,
  noHold: (ref) => `Non c’è nessuna preautorizzazione in sospeso su ${ref}.`,
  offerPerson: 'Vuoi che passi la richiesta a una persona?',
  handingOver: 'Ti passo a una persona che può aiutarti.',
  queued: (position, minutes, ticket) =>
    `Sei il numero ${position} in coda; l’attesa prevista è di circa ${minutes} min. La tua pratica è ${ticket}, e chi la prende in carico vedrà la nostra conversazione.`,
  offline: (when, ticket) =>
    `I nostri operatori non sono disponibili in questo momento e tornano ${when}. La tua pratica ${ticket} resta in coda, oppure possiamo richiamarti quando ti è comodo.`,
  alreadyWaiting: (ticket) => `La tua pratica ${ticket} è già in mano al nostro team.`,
  requestCallback: 'Fatti richiamare',
  callbackOffer: 'Possiamo richiamarti: scegli un orario entro i nostri orari telefonici.',
  callbackBooked: (phone, from, to, ref) => `Ti chiameremo al ${phone} tra le ${from} e le ${to}. Il tuo riferimento è ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Ciao${name ? ` ${name}` : ''}, sono ${agent}. Vedo la nostra conversazione${ref ? ` e il tuo ordine ${ref}` : ''}, quindi non serve ripetere nulla. Dammi un momento per controllare.`,
  agentFollowUp: 'Grazie, ho preso nota e me ne sto occupando.',
  resolved: (ticket, summary) => `La tua pratica ${ticket} è risolta.${summary ? ` ${summary}` : ''} Puoi valutare questa chat.`,
  noteRefund: (amount, ref) => `È stato emesso un rimborso di ${amount} su ${ref}.`,
  noteReleaseHold: (amount, ref) => `La preautorizzazione di ${amount} su ${ref} è stata sbloccata.`,
  noteExtend: (ref, date) => `Il pagamento di ${ref} ora scade il ${date}.`,
  refundLate: (amount, ref) =>
    `Il rimborso di ${amount} per ${ref} è in viaggio da 10 giorni lavorativi, quindi dovrebbe esserti già arrivato. Uno specialista dei rimborsi può verificarlo.`,
  specialistBy: {
    level_2: (when) => `Uno specialista ti risponderà entro ${when}.`,
    legal_review: (when) => `Il tuo reclamo passa al nostro team di revisione, che ti risponderà entro ${when}.`,
    fraud: (when) => `Il nostro team antifrode è stato avvisato e ti contatterà entro ${when}. Nel frattempo non condividere codici o dati della carta con nessuno.`,
  },
};
