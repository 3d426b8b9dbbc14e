import type { ORDER_STATUSES, ProblemStatus, RETURN_STATUSES } from '@assist/contract';
import { replyLanguage, type ReplyLanguage } from './format.js';
import { ar } from './phrases/ar.js';
import { cs } from './phrases/cs.js';
import { da } from './phrases/da.js';
import { es } from './phrases/es.js';
import { fi } from './phrases/fi.js';
import { fr } from './phrases/fr.js';
import { he } from './phrases/he.js';
import { it } from './phrases/it.js';
import { nb } from './phrases/nb.js';
import { nl } from './phrases/nl.js';
import { pl } from './phrases/pl.js';
import { pt } from './phrases/pt.js';

type OrderStatus = (typeof ORDER_STATUSES)[number];
type ReturnStatus = (typeof RETURN_STATUSES)[number];
export type TopicLabel = 'payments' | 'returns' | 'problems' | 'card' | 'balance' | 'account';
export type ExtendRefusal = 'already_extended' | 'paid' | 'overdue' | 'paused' | 'not_extendable' | 'no_plan';

/** Everything the assistant, the queue and the simulated agent say, in one language. Values are already formatted. */
export interface Phrases {
  greeting(firstName: string | null): string;
  greetBack(firstName: string | null): string;
  topics: Record<TopicLabel, string>;
  helped: string;
  talkToPerson: string;
  noThanks: string;
  notSure: string;
  cannotHelp: string;
  welcome: string;
  anythingElse: string;
  verifyFirst: string;
  /** After a general answer to an account question. */
  verifyForAccount: string;
  verify: string;
  noOrders: string;
  pickOrder: string;
  orderStatus(reference: string, merchant: string, status: string): string;
  orderStatusNames: Record<OrderStatus, string>;
  nextPayment(amount: string, date: string): string;
  planSummary(reference: string, paid: string, remaining: string): string;
  planCompleted(reference: string): string;
  planPaused: string;
  planInCollection(agency: string): string;
  extendOffer(amount: string, date: string): string;
  extendChoice(days: number, date: string): string;
  keepDate: string;
  extendDone(amount: string, date: string): string;
  extendKept(date: string): string;
  extendRefused: Record<ExtendRefusal, string>;
  refunds(reference: string, list: string): string;
  noRefunds(reference: string): string;
  returnStatus(reference: string, status: string): string;
  returnStatusNames: Record<ReturnStatus, string>;
  refundExpected(amount: string, date: string): string;
  noReturns(reference: string): string;
  holdPending(amount: string, reference: string, date: string): string;
  holdOverdue(amount: string, reference: string, date: string): string;
  noHold(reference: string): string;
  /** A reported problem (item not received, faulty item, dispute) and its status in words. */
  problemStatus(reference: string, orderReference: string, status: string): string;
  problemStatusNames: Record<ProblemStatus, string>;
  /** Open or waiting for the store: the day the store must answer by, and what happens if it does not. */
  problemStoreBy(date: string): string;
  /** Escalated: we investigate ourselves. */
  problemTakenOver: string;
  /** Investigating: the store answered and we review it. */
  problemReviewing: string;
  /** Solved or closed: payments run again, without penalty. */
  problemResumed: string;
  /** While a problem is open, what is still to pay on the order waits. */
  problemPaused(amount: string): string;
  noProblem(reference: string): string;
  /** No problem reported on any order: and how to report one. */
  noProblems: string;
  offerPerson: string;
  handingOver: string;
  queued(position: number, minutes: number, ticket: string): string;
  offline(when: string, ticket: string): string;
  alreadyWaiting(ticket: string): string;
  requestCallback: string;
  callbackOffer: string;
  callbackBooked(phone: string, from: string, to: string, reference: string): string;
  agentJoined(agent: string, firstName: string | null, reference: string | null): string;
  agentFollowUp: string;
  resolved(ticket: string, summary: string | null): string;
  noteRefund(amount: string, reference: string): string;
  noteReleaseHold(amount: string, reference: string): string;
  noteExtend(reference: string, date: string): string;
  /** A refund not received 10 business days after it was sent: a refund specialist can chase it. */
  refundLate(amount: string, reference: string): string;
  /** Told on a handoff beyond level 1: who looks at the case and by when they answer (a date and time in the market's zone). */
  specialistBy: Record<SpecialistLevel, (when: string) => string>;
}

/** Levels whose answer time the shopper is told on handoff. */
export type SpecialistLevel = 'level_2' | 'legal_review' | 'fraud';

const en: Phrases = {
  greeting: (name) =>
    `Hi${name ? ` ${name}` : ''}! I'm the assistant. Ask me about payments, returns, a problem with an order, your card or your balance. You can ask for a person at any time.`,
  greetBack: (name) => `Hi${name ? ` ${name}` : ''}! What can I help you with?`,
  topics: { payments: 'Payments', returns: 'Returns', problems: 'A problem with an order', card: 'Credit card', balance: 'Balance', account: 'My account' },
  helped: 'That helped',
  talkToPerson: 'Talk to a person',
  noThanks: 'No, thanks',
  notSure: "I'm not sure I understood. I can help with payments, returns, problems with an order, your card and your balance, or pass you to a person.",
  cannotHelp: "I can't help with this myself, so I'm passing you to a person.",
  welcome: "You're welcome! If there's nothing else, you can rate this chat.",
  anythingElse: 'All right. Is there anything else I can help with?',
  verifyFirst: "To look at your orders I need to know it's you. Verify with your order reference and the email or phone number you used at checkout, then ask me again.",
  verifyForAccount: 'To look at this for your own orders, verify with your order reference and the email or phone number you used at checkout.',
  verify: 'Verify',
  noOrders: "I can't find any orders for you.",
  pickOrder: 'Which order do you mean?',
  orderStatus: (ref, merchant, status) => `Your order ${ref} from ${merchant} is ${status}.`,
  orderStatusNames: {
    authorized: 'placed and waiting for the store to confirm it',
    partially_confirmed: 'partly confirmed by the store: your payment plan covers only what the store confirmed',
    confirmed: 'confirmed by the store',
    shipped: 'on its way',
    delivered: 'delivered',
    cancelled: 'cancelled',
    refunded: 'refunded',
  },
  nextPayment: (amount, date) => `Your next payment is ${amount}, due on ${date}.`,
  planSummary: (ref, paid, remaining) => `Payment plan for ${ref}: ${paid} paid, ${remaining} left to pay.`,
  planCompleted: (ref) => `Everything on ${ref} is paid. Nothing more is due.`,
  planPaused: 'Payments are paused while a return or problem is open, so no late fees are added meanwhile.',
  planInCollection: (agency) => `This plan was passed to ${agency} for collection; please contact them to pay.`,
  extendOffer: (amount, date) => `Your next payment of ${amount} is due on ${date}. I can move this date once. Choose the new date:`,
  extendChoice: (days, date) => `+${days} days (${date})`,
  keepDate: 'Keep the date',
  extendDone: (amount, date) => `Done: your payment of ${amount} is now due on ${date}. This date can't be moved again.`,
  extendKept: (date) => `All right, the date stays ${date}.`,
  extendRefused: {
    already_extended: 'This payment was already moved once, and each payment can be moved only once.',
    paid: 'There is no open payment on this order to move.',
    overdue: 'This payment is overdue, so its date can no longer be moved. Pay it, or talk to a person about it.',
    paused: 'Payments on this order are paused while a return or problem is open, so there is nothing to move right now.',
    not_extendable: "This kind of payment can't be moved.",
    no_plan: "This order doesn't have a payment plan.",
  },
  refunds: (ref, list) => `Refunds on ${ref}: ${list}.`,
  noRefunds: (ref) => `There is no refund on ${ref} yet. Once the store registers a return, its refund takes 3 to 14 business days, and your bank may need up to 10 more.`,
  returnStatus: (ref, status) => `Your return ${ref} is ${status}.`,
  returnStatusNames: {
    reported: 'reported, and your payments are paused while it is open',
    in_transit: 'on its way back to the store',
    received: 'received by the store',
    registered: 'registered by the store',
    refunded: 'refunded',
    investigation: 'being investigated because the store has not registered it',
    cancelled: 'cancelled',
    closed: 'closed',
  },
  refundExpected: (amount, date) => `A refund of ${amount} is expected by ${date}.`,
  noReturns: (ref) => `I don't see a reported return for ${ref}.`,
  holdPending: (amount, ref, date) => `The ${amount} pending for ${ref} is an authorization hold, not a charge. It normally drops off by itself by ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `The ${amount} pending for ${ref} is an authorization hold, not a charge. It should have dropped off by ${date}, so we need to ask the store to release it. A person can do that for you.`,
  noHold: (ref) => `There is no pending authorization hold on ${ref}.`,
  problemStatus: (ref, order, status) => `Your problem report ${ref} on order ${order}: ${status}.`,
  problemStatusNames: {
    open: 'reported, and being passed to the store',
    awaiting_store: 'waiting for the store’s answer',
    escalated: 'taken over by us, as the store did not answer in time',
    investigating: 'being investigated: the store has answered',
    solved: 'solved',
    closed: 'closed',
  },
  problemStoreBy: (date) => `The store has until ${date} to answer. If it doesn’t, we take over the case and investigate it ourselves.`,
  problemTakenOver: 'We’re investigating the case ourselves now and will contact you with the outcome. You don’t need to do anything meanwhile.',
  problemReviewing: 'We’re reviewing the store’s answer together with your report and will contact you with the outcome.',
  problemResumed: 'Payments on the order have resumed, with no late fees for the time they were paused.',
  problemPaused: (amount) => `While it is open, payments on this order are paused (${amount} still to pay), so no late fees are added.`,
  noProblem: (ref) => `I don’t see a problem reported on ${ref}. If something is wrong with it, open the order and choose “Report a problem”.`,
  noProblems: 'You haven’t reported a problem on any of your orders. If something is wrong with one, open the order and choose “Report a problem”.',
  offerPerson: 'Would you like me to pass this to a person?',
  handingOver: "I'll pass you to a person who can help.",
  queued: (position, minutes, ticket) =>
    `You're number ${position} in the queue; the expected wait is about ${minutes} min. Your ticket is ${ticket}, and the person who takes it will see our conversation.`,
  offline: (when, ticket) => `Our agents are offline right now and back ${when}. Your ticket ${ticket} stays in the queue, or we can call you back at a time that suits you.`,
  alreadyWaiting: (ticket) => `Your ticket ${ticket} is already with our team.`,
  requestCallback: 'Request a callback',
  callbackOffer: 'We can call you back: choose a time within our phone hours.',
  callbackBooked: (phone, from, to, ref) => `We'll call you on ${phone} between ${from} and ${to}. Your reference is ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Hi${name ? ` ${name}` : ''}, this is ${agent}. I can see our conversation${ref ? ` and your order ${ref}` : ''}, so there's no need to repeat anything. Give me a moment to look into it.`,
  agentFollowUp: "Thanks, I've noted that and I'm looking into it.",
  resolved: (ticket, summary) => `Your case ${ticket} is resolved.${summary ? ` ${summary}` : ''} You can rate this chat.`,
  noteRefund: (amount, ref) => `A refund of ${amount} on ${ref} was issued.`,
  noteReleaseHold: (amount, ref) => `The authorization hold of ${amount} on ${ref} was released.`,
  noteExtend: (ref, date) => `The payment on ${ref} is now due on ${date}.`,
  refundLate: (amount, ref) =>
    `The refund of ${amount} on ${ref} has been on its way for 10 business days, so it should have reached you by now. A refund specialist can look into it.`,
  specialistBy: {
    level_2: (when) => `A specialist will answer by ${when}.`,
    legal_review: (when) => `Your complaint goes to our review team, who will answer by ${when}.`,
    fraud: (when) => `Our fraud team has been alerted and will contact you by ${when}. Meanwhile, don't share any codes or card details with anyone.`,
  },
};

const sv: Phrases = {
  greeting: (name) =>
    `Hej${name ? ` ${name}` : ''}! Jag är assistenten. Fråga mig om betalningar, returer, problem med en order, ditt kort eller ditt saldo. Du kan be att få prata med en person när som helst.`,
  greetBack: (name) => `Hej${name ? ` ${name}` : ''}! Vad kan jag hjälpa dig med?`,
  topics: { payments: 'Betalningar', returns: 'Returer', problems: 'Problem med en order', card: 'Kreditkort', balance: 'Saldo', account: 'Mitt konto' },
  helped: 'Det hjälpte',
  talkToPerson: 'Prata med en person',
  noThanks: 'Nej tack',
  notSure: 'Jag är inte säker på att jag förstod. Jag kan hjälpa till med betalningar, returer, problem med en order, ditt kort och ditt saldo, eller koppla dig till en person.',
  cannotHelp: 'Det här kan jag inte hjälpa till med själv, så jag kopplar dig till en person.',
  welcome: 'Varsågod! Om det inte är något mer kan du betygsätta chatten.',
  anythingElse: 'Okej. Är det något annat jag kan hjälpa till med?',
  verifyFirst:
    'För att titta på dina ordrar behöver jag veta att det är du. Verifiera dig med ordernumret och den e-postadress eller det telefonnummer du angav i kassan, och fråga mig sedan igen.',
  verifyForAccount: 'För att titta på det här för dina egna ordrar, verifiera dig med ordernumret och den e-postadress eller det telefonnummer du angav i kassan.',
  verify: 'Verifiera',
  noOrders: 'Jag hittar inga ordrar för dig.',
  pickOrder: 'Vilken order menar du?',
  orderStatus: (ref, merchant, status) => `Din order ${ref} från ${merchant} är ${status}.`,
  orderStatusNames: {
    authorized: 'lagd och väntar på att butiken bekräftar den',
    partially_confirmed: 'delvis bekräftad av butiken: betalplanen gäller bara det som butiken har bekräftat',
    confirmed: 'bekräftad av butiken',
    shipped: 'på väg',
    delivered: 'levererad',
    cancelled: 'avbruten',
    refunded: 'återbetald',
  },
  nextPayment: (amount, date) => `Din nästa betalning är ${amount} och förfaller ${date}.`,
  planSummary: (ref, paid, remaining) => `Betalplan för ${ref}: ${paid} betalt, ${remaining} kvar att betala.`,
  planCompleted: (ref) => `Allt på ${ref} är betalt. Inget mer förfaller.`,
  planPaused: 'Betalningarna är pausade medan en retur eller ett problem är öppet, så inga förseningsavgifter tillkommer under tiden.',
  planInCollection: (agency) => `Den här betalplanen har lämnats till ${agency} för inkasso; kontakta dem för att betala.`,
  extendOffer: (amount, date) => `Din nästa betalning på ${amount} förfaller ${date}. Jag kan flytta datumet en gång. Välj nytt datum:`,
  extendChoice: (days, date) => `+${days} dagar (${date})`,
  keepDate: 'Behåll datumet',
  extendDone: (amount, date) => `Klart: din betalning på ${amount} förfaller nu ${date}. Datumet kan inte flyttas igen.`,
  extendKept: (date) => `Okej, datumet är kvar ${date}.`,
  extendRefused: {
    already_extended: 'Den här betalningen har redan flyttats en gång, och varje betalning kan bara flyttas en gång.',
    paid: 'Det finns ingen öppen betalning på den här ordern att flytta.',
    overdue: 'Den här betalningen är försenad, så datumet kan inte längre flyttas. Betala den, eller prata med en person om det.',
    paused: 'Betalningarna på den här ordern är pausade medan en retur eller ett problem är öppet, så det finns inget att flytta just nu.',
    not_extendable: 'Den här typen av betalning kan inte flyttas.',
    no_plan: 'Den här ordern har ingen betalplan.',
  },
  refunds: (ref, list) => `Återbetalningar på ${ref}: ${list}.`,
  noRefunds: (ref) =>
    `Det finns ingen återbetalning på ${ref} än. När butiken har registrerat en retur tar återbetalningen 3 till 14 bankdagar, och din bank kan behöva upp till 10 dagar till.`,
  returnStatus: (ref, status) => `Din retur ${ref} är ${status}.`,
  returnStatusNames: {
    reported: 'anmäld, och dina betalningar är pausade medan den är öppen',
    in_transit: 'på väg tillbaka till butiken',
    received: 'mottagen av butiken',
    registered: 'registrerad av butiken',
    refunded: 'återbetald',
    investigation: 'under utredning eftersom butiken inte har registrerat den',
    cancelled: 'avbruten',
    closed: 'avslutad',
  },
  refundExpected: (amount, date) => `En återbetalning på ${amount} väntas senast ${date}.`,
  noReturns: (ref) => `Jag ser ingen anmäld retur för ${ref}.`,
  holdPending: (amount, ref, date) => `De ${amount} som väntar för ${ref} är en reservation, inte en dragning. Den försvinner normalt av sig själv senast ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `De ${amount} som väntar för ${ref} är en reservation, inte en dragning. Den borde ha försvunnit senast ${date}, så vi behöver be butiken att släppa den. En person kan göra det åt dig.`,
  noHold: (ref) => `Det finns ingen väntande reservation på ${ref}.`,
  problemStatus: (ref, order, status) => `Ditt problemärende ${ref} för order ${order}: ${status}.`,
  problemStatusNames: {
    open: 'anmält och på väg till butiken',
    awaiting_store: 'väntar på butikens svar',
    escalated: 'övertaget av oss, eftersom butiken inte svarade i tid',
    investigating: 'utreds: butiken har svarat',
    solved: 'löst',
    closed: 'avslutat',
  },
  problemStoreBy: (date) => `Butiken har till den ${date} på sig att svara. Gör den inte det tar vi över ärendet och utreder det själva.`,
  problemTakenOver: 'Vi utreder nu ärendet själva och hör av oss med resultatet. Du behöver inte göra något under tiden.',
  problemReviewing: 'Vi går igenom butikens svar tillsammans med din anmälan och hör av oss med resultatet.',
  problemResumed: 'Betalningarna för ordern har återupptagits, utan förseningsavgifter för tiden de var pausade.',
  problemPaused: (amount) => `Så länge ärendet är öppet är betalningarna för ordern pausade (${amount} kvar att betala), så inga förseningsavgifter tillkommer.`,
  noProblem: (ref) => `Jag ser inget anmält problem för ${ref}. Om något är fel med den, öppna ordern och välj ”Anmäl ett problem”.`,
  noProblems: 'Du har inte anmält något problem på någon av dina ordrar. Om något är fel med en av dem, öppna ordern och välj ”Anmäl ett problem”.',
  offerPerson: 'Vill du att jag lämnar över det här till en person?',
  handingOver: 'Jag kopplar dig till en person som kan hjälpa dig.',
  queued: (position, minutes, ticket) =>
    `Du är nummer ${position} i kön; väntetiden är ungefär ${minutes} min. Ditt ärende är ${ticket}, och den som tar det ser vår konversation.`,
  offline: (when, ticket) =>
    `Våra handläggare är inte tillgängliga just nu och är tillbaka ${when}. Ditt ärende ${ticket} ligger kvar i kön, eller så ringer vi upp dig en tid som passar dig.`,
  alreadyWaiting: (ticket) => `Ditt ärende ${ticket} ligger redan hos vårt team.`,
  requestCallback: 'Bli uppringd',
  callbackOffer: 'Vi kan ringa upp dig: välj en tid inom våra telefontider.',
  callbackBooked: (phone, from, to, ref) => `Vi ringer dig på ${phone} mellan ${from} och ${to}. Din referens är ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Hej${name ? ` ${name}` : ''}, det här är ${agent}. Jag ser vår konversation${ref ? ` och din order ${ref}` : ''}, så du behöver inte upprepa något. Ge mig en stund att titta på det.`,
  agentFollowUp: 'Tack, jag har noterat det och tittar på det.',
  resolved: (ticket, summary) => `Ditt ärende ${ticket} är löst.${summary ? ` ${summary}` : ''} Du kan betygsätta chatten.`,
  noteRefund: (amount, ref) => `En återbetalning på ${amount} för ${ref} har gjorts.`,
  noteReleaseHold: (amount, ref) => `Reservationen på ${amount} för ${ref} har släppts.`,
  noteExtend: (ref, date) => `Betalningen för ${ref} förfaller nu ${date}.`,
  refundLate: (amount, ref) =>
    `Återbetalningen på ${amount} för ${ref} har varit på väg i 10 bankdagar och borde ha kommit fram. En specialist på återbetalningar kan undersöka det.`,
  specialistBy: {
    level_2: (when) => `En specialist svarar senast ${when}.`,
    legal_review: (when) => `Ditt klagomål går till vårt granskningsteam, som svarar senast ${when}.`,
    fraud: (when) => `Vårt bedrägeriteam har larmats och kontaktar dig senast ${when}. Dela inga koder eller kortuppgifter med någon under tiden.`,
  },
};

const de: Phrases = {
  greeting: (name) =>
    `Hallo${name ? ` ${name}` : ''}! Ich bin der Assistent. Fragen Sie mich zu Zahlungen, Rücksendungen, einem Problem mit einer Bestellung, Ihrer Karte oder Ihrem Guthaben. Sie können jederzeit mit einer Person sprechen.`,
  greetBack: (name) => `Hallo${name ? ` ${name}` : ''}! Wobei kann ich helfen?`,
  topics: { payments: 'Zahlungen', returns: 'Rücksendungen', problems: 'Problem mit einer Bestellung', card: 'Kreditkarte', balance: 'Guthaben', account: 'Mein Konto' },
  helped: 'Das hat geholfen',
  talkToPerson: 'Mit einer Person sprechen',
  noThanks: 'Nein, danke',
  notSure:
    'Ich bin nicht sicher, ob ich das verstanden habe. Ich helfe bei Zahlungen, Rücksendungen, Problemen mit einer Bestellung, Ihrer Karte und Ihrem Guthaben, oder ich verbinde Sie mit einer Person.',
  cannotHelp: 'Dabei kann ich selbst nicht helfen, deshalb verbinde ich Sie mit einer Person.',
  welcome: 'Gern geschehen! Wenn sonst nichts ist, können Sie diesen Chat bewerten.',
  anythingElse: 'In Ordnung. Kann ich sonst noch helfen?',
  verifyFirst:
    'Um Ihre Bestellungen anzusehen, muss ich wissen, dass Sie es sind. Bestätigen Sie Ihre Identität mit der Bestellnummer und der E-Mail-Adresse oder Telefonnummer aus dem Checkout und fragen Sie mich dann noch einmal.',
  verifyForAccount:
    'Um das für Ihre eigenen Bestellungen zu prüfen, bestätigen Sie Ihre Identität mit der Bestellnummer und der E-Mail-Adresse oder Telefonnummer aus dem Checkout.',
  verify: 'Identität bestätigen',
  noOrders: 'Ich finde keine Bestellungen für Sie.',
  pickOrder: 'Welche Bestellung meinen Sie?',
  orderStatus: (ref, merchant, status) => `Ihre Bestellung ${ref} bei ${merchant} ist ${status}.`,
  orderStatusNames: {
    authorized: 'aufgegeben und wartet auf die Bestätigung des Shops',
    partially_confirmed: 'vom Shop teilweise bestätigt: Ihr Zahlungsplan umfasst nur, was der Shop bestätigt hat',
    confirmed: 'vom Shop bestätigt',
    shipped: 'unterwegs',
    delivered: 'zugestellt',
    cancelled: 'storniert',
    refunded: 'erstattet',
  },
  nextPayment: (amount, date) => `Ihre nächste Zahlung beträgt ${amount} und ist am ${date} fällig.`,
  planSummary: (ref, paid, remaining) => `Zahlungsplan für ${ref}: ${paid} bezahlt, ${remaining} offen.`,
  planCompleted: (ref) => `${ref} ist vollständig bezahlt. Es ist nichts mehr fällig.`,
  planPaused: 'Die Zahlungen sind pausiert, solange eine Rücksendung oder ein Problem offen ist; in dieser Zeit fallen keine Mahngebühren an.',
  planInCollection: (agency) => `Dieser Zahlungsplan wurde an ${agency} zum Inkasso übergeben; bitte wenden Sie sich zum Bezahlen dorthin.`,
  extendOffer: (amount, date) => `Ihre nächste Zahlung über ${amount} ist am ${date} fällig. Ich kann dieses Datum einmal verschieben. Wählen Sie das neue Datum:`,
  extendChoice: (days, date) => `+${days} Tage (${date})`,
  keepDate: 'Datum beibehalten',
  extendDone: (amount, date) => `Erledigt: Ihre Zahlung über ${amount} ist jetzt am ${date} fällig. Dieses Datum kann nicht noch einmal verschoben werden.`,
  extendKept: (date) => `In Ordnung, das Datum bleibt der ${date}.`,
  extendRefused: {
    already_extended: 'Diese Zahlung wurde bereits einmal verschoben, und jede Zahlung kann nur einmal verschoben werden.',
    paid: 'Bei dieser Bestellung gibt es keine offene Zahlung, die sich verschieben ließe.',
    overdue: 'Diese Zahlung ist überfällig, deshalb kann das Datum nicht mehr verschoben werden. Bezahlen Sie sie oder sprechen Sie mit einer Person darüber.',
    paused: 'Die Zahlungen für diese Bestellung sind pausiert, solange eine Rücksendung oder ein Problem offen ist; im Moment gibt es nichts zu verschieben.',
    not_extendable: 'Diese Zahlungsart kann nicht verschoben werden.',
    no_plan: 'Diese Bestellung hat keinen Zahlungsplan.',
  },
  refunds: (ref, list) => `Erstattungen für ${ref}: ${list}.`,
  noRefunds: (ref) =>
    `Für ${ref} gibt es noch keine Erstattung. Sobald der Shop eine Rücksendung erfasst hat, dauert die Erstattung 3 bis 14 Werktage, und Ihre Bank braucht eventuell bis zu 10 weitere.`,
  returnStatus: (ref, status) => `Ihre Rücksendung ${ref} ist ${status}.`,
  returnStatusNames: {
    reported: 'gemeldet; Ihre Zahlungen sind pausiert, solange sie offen ist',
    in_transit: 'auf dem Weg zurück zum Shop',
    received: 'beim Shop eingegangen',
    registered: 'vom Shop erfasst',
    refunded: 'erstattet',
    investigation: 'in Prüfung, weil der Shop sie nicht erfasst hat',
    cancelled: 'storniert',
    closed: 'abgeschlossen',
  },
  refundExpected: (amount, date) => `Eine Erstattung über ${amount} ist bis ${date} zu erwarten.`,
  noReturns: (ref) => `Ich sehe keine gemeldete Rücksendung für ${ref}.`,
  holdPending: (amount, ref, date) =>
    `Die ${amount}, die für ${ref} vorgemerkt sind, sind eine Reservierung und keine Abbuchung. Sie verschwindet normalerweise von selbst bis ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `Die ${amount}, die für ${ref} vorgemerkt sind, sind eine Reservierung und keine Abbuchung. Sie hätte bis ${date} verschwinden sollen, deshalb müssen wir den Shop bitten, sie freizugeben. Eine Person kann das für Sie erledigen.`,
  noHold: (ref) => `Für ${ref} gibt es keine offene Reservierung.`,
  problemStatus: (ref, order, status) => `Ihre Problemmeldung ${ref} zur Bestellung ${order}: ${status}.`,
  problemStatusNames: {
    open: 'gemeldet und wird an den Händler weitergegeben',
    awaiting_store: 'wartet auf die Antwort des Händlers',
    escalated: 'von uns übernommen, weil der Händler nicht rechtzeitig geantwortet hat',
    investigating: 'in Prüfung: Der Händler hat geantwortet',
    solved: 'gelöst',
    closed: 'abgeschlossen',
  },
  problemStoreBy: (date) => `Der Händler hat bis zum ${date} Zeit zu antworten. Tut er das nicht, übernehmen wir den Fall und prüfen ihn selbst.`,
  problemTakenOver: 'Wir prüfen den Fall jetzt selbst und melden uns mit dem Ergebnis bei Ihnen. Sie müssen in der Zwischenzeit nichts tun.',
  problemReviewing: 'Wir prüfen die Antwort des Händlers zusammen mit Ihrer Meldung und melden uns mit dem Ergebnis bei Ihnen.',
  problemResumed: 'Die Zahlungen für die Bestellung laufen wieder, ohne Mahngebühren für die Zeit der Pause.',
  problemPaused: (amount) => `Solange der Fall offen ist, sind die Zahlungen für diese Bestellung pausiert (noch ${amount} offen), es fallen also keine Mahngebühren an.`,
  noProblem: (ref) => `Ich sehe kein gemeldetes Problem zu ${ref}. Wenn damit etwas nicht stimmt, öffnen Sie die Bestellung und wählen Sie „Problem melden“.`,
  noProblems: 'Sie haben zu keiner Ihrer Bestellungen ein Problem gemeldet. Wenn mit einer etwas nicht stimmt, öffnen Sie die Bestellung und wählen Sie „Problem melden“.',
  offerPerson: 'Soll ich das an eine Person weitergeben?',
  handingOver: 'Ich verbinde Sie mit einer Person, die Ihnen helfen kann.',
  queued: (position, minutes, ticket) =>
    `Sie sind Nummer ${position} in der Warteschlange; die Wartezeit beträgt etwa ${minutes} Min. Ihr Ticket ist ${ticket}, und wer es übernimmt, sieht unser Gespräch.`,
  offline: (when, ticket) =>
    `Unser Team ist gerade nicht erreichbar und ab ${when} wieder da. Ihr Ticket ${ticket} bleibt in der Warteschlange, oder wir rufen Sie zu einer passenden Zeit zurück.`,
  alreadyWaiting: (ticket) => `Ihr Ticket ${ticket} liegt bereits bei unserem Team.`,
  requestCallback: 'Rückruf anfordern',
  callbackOffer: 'Wir können Sie zurückrufen: Wählen Sie eine Zeit innerhalb unserer Telefonzeiten.',
  callbackBooked: (phone, from, to, ref) => `Wir rufen Sie unter ${phone} zwischen ${from} und ${to} an. Ihre Referenz ist ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Hallo${name ? ` ${name}` : ''}, hier ist ${agent}. Ich sehe unser Gespräch${ref ? ` und Ihre Bestellung ${ref}` : ''}, Sie müssen also nichts wiederholen. Einen Moment, ich sehe mir das an.`,
  agentFollowUp: 'Danke, ich habe das notiert und kümmere mich darum.',
  resolved: (ticket, summary) => `Ihr Fall ${ticket} ist gelöst.${summary ? ` ${summary}` : ''} Sie können diesen Chat bewerten.`,
  noteRefund: (amount, ref) => `Eine Erstattung über ${amount} für ${ref} wurde veranlasst.`,
  noteReleaseHold: (amount, ref) => `Die Reservierung über ${amount} für ${ref} wurde freigegeben.`,
  noteExtend: (ref, date) => `Die Zahlung für ${ref} ist jetzt am ${date} fällig.`,
  refundLate: (amount, ref) =>
    `Die Erstattung über ${amount} für ${ref} ist seit 10 Werktagen unterwegs und hätte Sie inzwischen erreichen sollen. Ein Erstattungsspezialist kann das prüfen.`,
  specialistBy: {
    level_2: (when) => `Ein Spezialist antwortet bis ${when}.`,
    legal_review: (when) => `Ihre Beschwerde geht an unser Prüfteam, das bis ${when} antwortet.`,
    fraud: (when) => `Unser Betrugsteam ist informiert und meldet sich bis ${when} bei Ihnen. Geben Sie bis dahin niemandem Codes oder Kartendaten weiter.`,
  },
};

const PHRASES: Record<ReplyLanguage, Phrases> = { en, sv, de, fr, es, it, nl, fi, da, nb, pl, ar, cs, pt, he };

/** The phrases for a chat's locale (English only for a locale outside REPLY_LANGUAGES). */
export const phrasesFor = (locale: string): Phrases => PHRASES[replyLanguage(locale)];
