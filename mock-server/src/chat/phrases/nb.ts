import { plural } from '../format.js';
import type { Phrases } from '../phrases.js';

const days = (n: number) => plural('nb', n, { one: 'dag', other: 'dager' });

export const nb: Phrases = {
  greeting: (name) =>
    `Hei${name ? ` ${name}` : ''}! Jeg er assistenten. Spør meg om betalinger, returer, et problem med en bestilling, kortet ditt eller saldoen din. Du kan når som helst be om å snakke med en person.`,
  greetBack: (name) => `Hei${name ? ` ${name}` : ''}! Hva kan jeg hjelpe deg med?`,
  topics: { payments: 'Betalinger', returns: 'Returer', problems: 'Et problem med en bestilling', card: 'Kredittkort', balance: 'Saldo', account: 'Min konto' },
  helped: 'Det hjalp',
  talkToPerson: 'Snakk med en person',
  noThanks: 'Nei takk',
  notSure:
    'Jeg er ikke sikker på at jeg forsto. Jeg kan hjelpe med betalinger, returer, problemer med en bestilling, kortet ditt og saldoen din, eller sette deg over til en person.',
  cannotHelp: 'Dette kan jeg ikke hjelpe med selv, så jeg setter deg over til en person.',
  welcome: 'Bare hyggelig! Hvis det ikke er noe mer, kan du gi chatten en vurdering.',
  anythingElse: 'Greit. Er det noe annet jeg kan hjelpe med?',
  verifyFirst:
    'For å se på bestillingene dine må jeg vite at det er deg. Bekreft identiteten din med ordrenummeret og e-postadressen eller telefonnummeret du brukte i kassen, og spør meg igjen.',
  verifyForAccount: 'For å se på dette for dine egne bestillinger, bekreft identiteten din med ordrenummeret og e-postadressen eller telefonnummeret du brukte i kassen.',
  verify: 'Bekreft identitet',
  noOrders: 'Jeg finner ingen bestillinger på deg.',
  pickOrder: 'Hvilken bestilling mener du?',
  orderStatus: (ref, merchant, status) => `Bestillingen din ${ref} fra ${merchant} er ${status}.`,
  orderStatusNames: {
    authorized: 'lagt inn og venter på at butikken bekrefter den',
    partially_confirmed: 'delvis bekreftet av butikken: betalingsplanen dekker bare det butikken har bekreftet',
    confirmed: 'bekreftet av butikken',
    shipped: 'på vei',
    delivered: 'levert',
    cancelled: 'kansellert',
    refunded: 'refundert',
  },
  nextPayment: (amount, date) => `Neste betaling er ${amount} og forfaller ${date}.`,
  planSummary: (ref, paid, remaining) => `Betalingsplan for ${ref}: ${paid} betalt, ${remaining} igjen å betale.`,
  planCompleted: (ref) => `Alt på ${ref} er betalt. Ingenting mer forfaller.`,
  planPaused: 'Betalingene er satt på pause mens en retur eller et problem er åpent, så det kommer ingen gebyrer for sen betaling i mellomtiden.',
  planInCollection: (agency) => `Denne betalingsplanen er sendt til inkasso hos ${agency}; kontakt dem for å betale.`,
  extendOffer: (amount, date) => `Neste betaling på ${amount} forfaller ${date}. Jeg kan flytte datoen én gang. Velg ny dato:`,
  extendChoice: (n, date) => `+${n} ${days(n)} (${date})`,
  keepDate: 'Behold datoen',
  extendDone: (amount, date) => `Ordnet: betalingen din på ${amount} forfaller nå ${date}. Datoen kan ikke flyttes igjen.`,
  extendKept: (date) => `Greit, datoen blir stående ${date}.`,
  extendRefused: {
    already_extended: 'Denne betalingen er allerede flyttet én gang, og hver betaling kan bare flyttes én gang.',
    paid: 'Det er ingen åpen betaling på denne bestillingen å flytte.',
    overdue: 'Denne betalingen har forfalt, så datoen kan ikke lenger flyttes. Betal den, eller snakk med en person om det.',
    paused: 'Betalingene på denne bestillingen er satt på pause mens en retur eller et problem er åpent, så det er ingenting å flytte nå.',
    not_extendable: 'Denne typen betaling kan ikke flyttes.',
    no_plan: 'Denne bestillingen har ingen betalingsplan.',
  },
  refunds: (ref, list) => `Refusjoner på ${ref}: ${list}.`,
  noRefunds: (ref) =>
    `Det er ingen refusjon på ${ref} ennå. Når butikken har registrert en retur, tar refusjonen 3 til 14 virkedager, og banken din kan trenge opptil 10 dager til.`,
  returnStatus: (ref, status) => `Returen din ${ref} er ${status}.`,
  returnStatusNames: {
    reported: 'meldt, og betalingene dine er satt på pause mens den er åpen',
    in_transit: 'på vei tilbake til butikken',
    received: 'mottatt av butikken',
    registered: 'registrert av butikken',
    refunded: 'refundert',
    investigation: 'under undersøkelse fordi butikken ikke har registrert den',
    cancelled: 'kansellert',
    closed: 'avsluttet',
  },
  refundExpected: (amount, date) => `En refusjon på ${amount} er ventet innen ${date}.`,
  noReturns: (ref) => `Jeg ser ingen meldt retur for ${ref}.`,
  holdPending: (amount, ref, date) => `De ${amount} som venter for ${ref}, er en reservasjon, ikke et trekk. Den forsvinner vanligvis av seg selv innen ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `De ${amount} som venter for ${ref}, er en reservasjon, ikke et trekk. Den skulle ha forsvunnet innen ${date}, så vi må be butikken frigi den. En person kan gjøre det for deg.`,
  noHold: (ref) => `Det er ingen ventende reservasjon på ${ref}.`,
  offerPerson: 'Vil du at jeg gir dette videre til en person?',
  handingOver: 'Jeg setter deg over til en person som kan hjelpe deg.',
  queued: (position, minutes, ticket) => `Du er nummer ${position} i køen; ventetiden er omtrent ${minutes} min. Saken din er ${ticket}, og den som tar den, ser samtalen vår.`,
  offline: (when, ticket) =>
    `Saksbehandlerne våre er ikke tilgjengelige akkurat nå og er tilbake ${when}. Saken din ${ticket} blir liggende i køen, eller vi kan ringe deg når det passer deg.`,
  alreadyWaiting: (ticket) => `Saken din ${ticket} ligger allerede hos teamet vårt.`,
  requestCallback: 'Bli oppringt',
  callbackOffer: 'Vi kan ringe deg: velg et tidspunkt innenfor telefontidene våre.',
  callbackBooked: (phone, from, to, ref) => `Vi ringer deg på ${phone} mellom ${from} og ${to}. Referansen din er ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Hei${name ? ` ${name}` : ''}, dette er ${agent}. Jeg ser samtalen vår${ref ? ` og bestillingen din ${ref}` : ''}, så du trenger ikke gjenta noe. Gi meg et øyeblikk til å se på det.`,
  agentFollowUp: 'Takk, jeg har notert det og ser på det.',
  resolved: (ticket, summary) => `Saken din ${ticket} er løst.${summary ? ` ${summary}` : ''} Du kan gi chatten en vurdering.`,
  noteRefund: (amount, ref) => `En refusjon på ${amount} for ${ref} er utbetalt.`,
  noteReleaseHold: (amount, ref) => `Reservasjonen på ${amount} for ${ref} er frigitt.`,
  noteExtend: (ref, date) => `Betalingen for ${ref} forfaller nå ${date}.`,
  refundLate: (amount, ref) =>
    `Tilbakebetalingen på ${amount} for ${ref} har vært på vei i 10 virkedager og burde ha kommet frem. En spesialist på tilbakebetalinger kan undersøke det.`,
  specialistBy: {
    level_2: (when) => `En spesialist svarer innen ${when}.`,
    legal_review: (when) => `Klagen din går til vurderingsteamet vårt, som svarer innen ${when}.`,
    fraud: (when) => `Svindelteamet vårt er varslet og tar kontakt med deg innen ${when}. Ikke del koder eller kortopplysninger med noen i mellomtiden.`,
  },
};
