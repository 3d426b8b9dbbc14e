import { plural } from '../format.js';
import type { Phrases } from '../phrases.js';

const days = (n: number) => plural('da', n, { one: 'dag', other: 'dage' });

export const da: Phrases = {
  greeting: (name) =>
    `Hej${name ? ` ${name}` : ''}! Jeg er assistenten. Spørg mig om betalinger, returneringer, et problem med en ordre, dit kort eller din saldo. Du kan til enhver tid bede om at tale med en person.`,
  greetBack: (name) => `Hej${name ? ` ${name}` : ''}! Hvad kan jeg hjælpe med?`,
  topics: { payments: 'Betalinger', returns: 'Returneringer', problems: 'Et problem med en ordre', card: 'Kreditkort', balance: 'Saldo', account: 'Min konto' },
  helped: 'Det hjalp',
  talkToPerson: 'Tal med en person',
  noThanks: 'Nej tak',
  notSure:
    'Jeg er ikke sikker på, at jeg forstod det. Jeg kan hjælpe med betalinger, returneringer, problemer med en ordre, dit kort og din saldo, eller sætte dig i forbindelse med en person.',
  cannotHelp: 'Det kan jeg ikke selv hjælpe med, så jeg sætter dig i forbindelse med en person.',
  welcome: 'Selv tak! Hvis der ikke er mere, kan du bedømme chatten.',
  anythingElse: 'Okay. Er der andet, jeg kan hjælpe med?',
  verifyFirst:
    'For at se dine ordrer skal jeg vide, at det er dig. Bekræft din identitet med ordrenummeret og den e-mail eller det telefonnummer, du brugte ved købet, og spørg mig så igen.',
  verifyForAccount: 'For at se på det for dine egne ordrer skal du bekræfte din identitet med ordrenummeret og den e-mail eller det telefonnummer, du brugte ved købet.',
  verify: 'Bekræft identitet',
  noOrders: 'Jeg kan ikke finde nogen ordrer til dig.',
  pickOrder: 'Hvilken ordre mener du?',
  orderStatus: (ref, merchant, status) => `Din ordre ${ref} fra ${merchant} er ${status}.`,
  orderStatusNames: {
    authorized: 'afgivet og venter på, at butikken bekræfter den',
    partially_confirmed: 'delvist bekræftet af butikken: din betalingsplan dækker kun det, butikken har bekræftet',
    confirmed: 'bekræftet af butikken',
    shipped: 'på vej',
    delivered: 'leveret',
    cancelled: 'annulleret',
    refunded: 'refunderet',
  },
  nextPayment: (amount, date) => `Din næste betaling er ${amount} og forfalder den ${date}.`,
  planSummary: (ref, paid, remaining) => `Betalingsplan for ${ref}: ${paid} betalt, ${remaining} tilbage at betale.`,
  planCompleted: (ref) => `Alt på ${ref} er betalt. Der forfalder ikke mere.`,
  planPaused: 'Betalingerne er sat på pause, mens en returnering eller et problem er åbent, så der kommer ingen gebyrer for sen betaling imens.',
  planInCollection: (agency) => `Denne betalingsplan er sendt til inkasso hos ${agency}; kontakt dem for at betale.`,
  extendOffer: (amount, date) => `Din næste betaling på ${amount} forfalder den ${date}. Jeg kan rykke datoen én gang. Vælg den nye dato:`,
  extendChoice: (n, date) => `+${n} ${days(n)} (${date})`,
  keepDate: 'Behold datoen',
  extendDone: (amount, date) => `Klaret: din betaling på ${amount} forfalder nu den ${date}. Datoen kan ikke rykkes igen.`,
  extendKept: (date) => `Okay, datoen forbliver den ${date}.`,
  extendRefused: {
    already_extended: 'Denne betaling er allerede rykket én gang, og hver betaling kan kun rykkes én gang.',
    paid: 'Der er ingen åben betaling på denne ordre at rykke.',
    overdue: 'Denne betaling er forfalden, så datoen kan ikke længere rykkes. Betal den, eller tal med en person om det.',
    paused: 'Betalingerne på denne ordre er sat på pause, mens en returnering eller et problem er åbent, så der er intet at rykke lige nu.',
    not_extendable: 'Denne type betaling kan ikke rykkes.',
    no_plan: 'Denne ordre har ingen betalingsplan.',
  },
  refunds: (ref, list) => `Refusioner på ${ref}: ${list}.`,
  noRefunds: (ref) =>
    `Der er endnu ingen refusion på ${ref}. Når butikken har registreret en returnering, tager refusionen 3 til 14 bankdage, og din bank kan bruge op til 10 dage mere.`,
  returnStatus: (ref, status) => `Din returnering ${ref} er ${status}.`,
  returnStatusNames: {
    reported: 'anmeldt, og dine betalinger er sat på pause, mens den er åben',
    in_transit: 'på vej tilbage til butikken',
    received: 'modtaget af butikken',
    registered: 'registreret af butikken',
    refunded: 'refunderet',
    investigation: 'under undersøgelse, fordi butikken ikke har registreret den',
    cancelled: 'annulleret',
    closed: 'lukket',
  },
  refundExpected: (amount, date) => `En refusion på ${amount} forventes senest den ${date}.`,
  noReturns: (ref) => `Jeg kan ikke se nogen anmeldt returnering for ${ref}.`,
  holdPending: (amount, ref, date) => `De ${amount}, der venter for ${ref}, er en reservation og ikke en trækning. Den forsvinder normalt af sig selv senest den ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `De ${amount}, der venter for ${ref}, er en reservation og ikke en trækning. Den burde være forsvundet senest den ${date}, så vi skal bede butikken om at frigive den. En person kan gøre det for dig.`,
  noHold: (ref) => `Der er ingen ventende reservation på ${ref}.`,
  offerPerson: 'Vil du have, at jeg giver det videre til en person?',
  handingOver: 'Jeg sætter dig i forbindelse med en person, der kan hjælpe dig.',
  queued: (position, minutes, ticket) => `Du er nummer ${position} i køen; ventetiden er cirka ${minutes} min. Din sag er ${ticket}, og den, der tager den, kan se vores samtale.`,
  offline: (when, ticket) =>
    `Vores medarbejdere er ikke tilgængelige lige nu og er tilbage ${when}. Din sag ${ticket} bliver i køen, eller vi kan ringe dig op på et tidspunkt, der passer dig.`,
  alreadyWaiting: (ticket) => `Din sag ${ticket} ligger allerede hos vores team.`,
  requestCallback: 'Bliv ringet op',
  callbackOffer: 'Vi kan ringe dig op: vælg et tidspunkt inden for vores telefontider.',
  callbackBooked: (phone, from, to, ref) => `Vi ringer til dig på ${phone} mellem ${from} og ${to}. Din reference er ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Hej${name ? ` ${name}` : ''}, det er ${agent}. Jeg kan se vores samtale${ref ? ` og din ordre ${ref}` : ''}, så du behøver ikke gentage noget. Giv mig et øjeblik til at se på det.`,
  agentFollowUp: 'Tak, det har jeg noteret, og jeg ser på det.',
  resolved: (ticket, summary) => `Din sag ${ticket} er løst.${summary ? ` ${summary}` : ''} Du kan bedømme chatten.`,
  noteRefund: (amount, ref) => `Der er udbetalt en refusion på ${amount} for ${ref}.`,
  noteReleaseHold: (amount, ref) => `Reservationen på ${amount} for ${ref} er frigivet.`,
  noteExtend: (ref, date) => `Betalingen for ${ref} forfalder nu den ${date}.`,
  refundLate: (amount, ref) =>
    `Tilbagebetalingen på ${amount} for ${ref} har været undervejs i 10 hverdage og burde være nået frem. En specialist i tilbagebetalinger kan undersøge det.`,
  specialistBy: {
    level_2: (when) => `En specialist svarer senest ${when}.`,
    legal_review: (when) => `Din klage går til vores klageteam, som svarer senest ${when}.`,
    fraud: (when) => `Vores svindelteam er underrettet og kontakter dig senest ${when}. Del imens ingen koder eller kortoplysninger med nogen.`,
  },
};
