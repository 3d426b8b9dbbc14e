import { plural } from '../format.js';
import type { Phrases } from '../phrases.js';

const days = (n: number) => plural('fi', n, { one: 'päivä', other: 'päivää' });

export const fi: Phrases = {
  greeting: (name) =>
    `Hei${name ? ` ${name}` : ''}! Olen avustaja. Kysy minulta maksuista, palautuksista, tilauksen ongelmasta, kortistasi tai saldostasi. Voit milloin tahansa pyytää päästä puhumaan ihmisen kanssa.`,
  greetBack: (name) => `Hei${name ? ` ${name}` : ''}! Miten voin auttaa?`,
  topics: { payments: 'Maksut', returns: 'Palautukset', problems: 'Ongelma tilauksessa', card: 'Luottokortti', balance: 'Saldo', account: 'Oma tili' },
  helped: 'Tästä oli apua',
  talkToPerson: 'Puhu ihmisen kanssa',
  noThanks: 'Ei kiitos',
  notSure: 'En ole varma, ymmärsinkö oikein. Voin auttaa maksuissa, palautuksissa, tilausten ongelmissa, kortissasi ja saldossasi, tai ohjata sinut asiakaspalvelijalle.',
  cannotHelp: 'En pysty hoitamaan tätä itse, joten ohjaan sinut asiakaspalvelijalle.',
  welcome: 'Ole hyvä! Jos muuta ei ole, voit arvioida tämän keskustelun.',
  anythingElse: 'Selvä. Voinko auttaa jossain muussa?',
  verifyFirst:
    'Jotta voin katsoa tilauksiasi, minun täytyy varmistaa henkilöllisyytesi. Tunnistaudu tilausnumerolla ja ostoksella käyttämälläsi sähköpostiosoitteella tai puhelinnumerolla ja kysy sitten uudelleen.',
  verifyForAccount: 'Jotta voin tarkistaa tämän omista tilauksistasi, tunnistaudu tilausnumerolla ja ostoksella käyttämälläsi sähköpostiosoitteella tai puhelinnumerolla.',
  verify: 'Tunnistaudu',
  noOrders: 'En löydä sinulle yhtään tilausta.',
  pickOrder: 'Mitä tilausta tarkoitat?',
  orderStatus: (ref, merchant, status) => `Tilauksesi ${ref} (${merchant}): ${status}.`,
  orderStatusNames: {
    authorized: 'tehty ja odottaa kaupan vahvistusta',
    partially_confirmed: 'kauppa on vahvistanut osan: maksusuunnitelmasi kattaa vain sen, minkä kauppa vahvisti',
    confirmed: 'kaupan vahvistama',
    shipped: 'matkalla',
    delivered: 'toimitettu',
    cancelled: 'peruttu',
    refunded: 'hyvitetty',
  },
  nextPayment: (amount, date) => `Seuraava maksusi on ${amount}, ja sen eräpäivä on ${date}.`,
  planSummary: (ref, paid, remaining) => `Maksusuunnitelma ${ref}: maksettu ${paid}, maksamatta ${remaining}.`,
  planCompleted: (ref) => `${ref} on kokonaan maksettu. Mitään ei ole enää erääntymässä.`,
  planPaused: 'Maksut ovat tauolla niin kauan kuin palautus tai ongelma on avoinna, joten sillä välin viivästysmaksuja ei tule.',
  planInCollection: (agency) => `Tämä maksusuunnitelma on siirretty perintään yhtiölle ${agency}; ota heihin yhteyttä maksaaksesi.`,
  extendOffer: (amount, date) => `Seuraavan maksusi ${amount} eräpäivä on ${date}. Voin siirtää päivää kerran. Valitse uusi eräpäivä:`,
  extendChoice: (n, date) => `+${n} ${days(n)} (${date})`,
  keepDate: 'Pidä eräpäivä',
  extendDone: (amount, date) => `Valmis: maksusi ${amount} eräpäivä on nyt ${date}. Tätä päivää ei voi siirtää uudelleen.`,
  extendKept: (date) => `Selvä, eräpäivä pysyy: ${date}.`,
  extendRefused: {
    already_extended: 'Tätä maksua on jo siirretty kerran, ja kunkin maksun voi siirtää vain kerran.',
    paid: 'Tilauksessa ei ole avointa maksua, jota voisi siirtää.',
    overdue: 'Tämä maksu on erääntynyt, joten sen päivää ei voi enää siirtää. Maksa se tai puhu asiasta asiakaspalvelijan kanssa.',
    paused: 'Tämän tilauksen maksut ovat tauolla, kun palautus tai ongelma on avoinna, joten nyt ei ole mitään siirrettävää.',
    not_extendable: 'Tämän tyyppistä maksua ei voi siirtää.',
    no_plan: 'Tällä tilauksella ei ole maksusuunnitelmaa.',
  },
  refunds: (ref, list) => `Hyvitykset tilaukselle ${ref}: ${list}.`,
  noRefunds: (ref) =>
    `Tilaukselle ${ref} ei ole vielä hyvitystä. Kun kauppa on kirjannut palautuksen, hyvitys kestää 3–14 pankkipäivää, ja pankkisi voi tarvita vielä enintään 10 päivää.`,
  returnStatus: (ref, status) => `Palautuksesi ${ref}: ${status}.`,
  returnStatusNames: {
    reported: 'ilmoitettu, ja maksusi ovat tauolla niin kauan kuin se on avoinna',
    in_transit: 'matkalla takaisin kauppaan',
    received: 'kauppa on vastaanottanut sen',
    registered: 'kauppa on kirjannut sen',
    refunded: 'hyvitetty',
    investigation: 'selvityksessä, koska kauppa ei ole kirjannut sitä',
    cancelled: 'peruttu',
    closed: 'suljettu',
  },
  refundExpected: (amount, date) => `${amount} hyvityksen pitäisi tulla viimeistään ${date}.`,
  noReturns: (ref) => `En näe ilmoitettua palautusta tilaukselle ${ref}.`,
  holdPending: (amount, ref, date) => `Tilauksen ${ref} odottava ${amount} on katevaraus, ei veloitus. Se poistuu yleensä itsestään viimeistään ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `Tilauksen ${ref} odottava ${amount} on katevaraus, ei veloitus. Sen olisi pitänyt poistua viimeistään ${date}, joten meidän on pyydettävä kauppaa vapauttamaan se. Asiakaspalvelija voi hoitaa sen puolestasi.`,
  noHold: (ref) => `Tilauksella ${ref} ei ole odottavaa katevarausta.`,
  offerPerson: 'Haluatko, että välitän tämän asiakaspalvelijalle?',
  handingOver: 'Ohjaan sinut asiakaspalvelijalle, joka voi auttaa.',
  queued: (position, minutes, ticket) =>
    `Olet jonossa sijalla ${position}; arvioitu odotusaika on noin ${minutes} min. Tikettisi on ${ticket}, ja sen käsittelijä näkee keskustelumme.`,
  offline: (when, ticket) =>
    `Asiakaspalvelijamme eivät ole juuri nyt tavoitettavissa, ja he palaavat ${when}. Tikettisi ${ticket} pysyy jonossa, tai voimme soittaa sinulle sopivana aikana.`,
  alreadyWaiting: (ticket) => `Tikettisi ${ticket} on jo tiimimme käsittelyssä.`,
  requestCallback: 'Pyydä soittoa',
  callbackOffer: 'Voimme soittaa sinulle: valitse aika puhelinpalvelumme aukioloajoilta.',
  callbackBooked: (phone, from, to, ref) => `Soitamme sinulle numeroon ${phone} ${from}–${to}. Viitteesi on ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Hei${name ? ` ${name}` : ''}, täällä ${agent}. Näen keskustelumme${ref ? ` ja tilauksesi ${ref}` : ''}, joten sinun ei tarvitse toistaa mitään. Hetki, niin katson asiaa.`,
  agentFollowUp: 'Kiitos, kirjasin sen ylös ja selvitän asiaa.',
  resolved: (ticket, summary) => `Asiasi ${ticket} on ratkaistu.${summary ? ` ${summary}` : ''} Voit arvioida tämän keskustelun.`,
  noteRefund: (amount, ref) => `Tilaukselle ${ref} on tehty ${amount} hyvitys.`,
  noteReleaseHold: (amount, ref) => `Tilauksen ${ref} katevaraus ${amount} on vapautettu.`,
  noteExtend: (ref, date) => `Tilauksen ${ref} maksun eräpäivä on nyt ${date}.`,
  refundLate: (amount, ref) =>
    `Hyvitys ${amount} tilaukselle ${ref} on ollut matkalla 10 pankkipäivää, joten sen olisi jo pitänyt tulla perille. Hyvityksiin perehtynyt asiantuntija voi selvittää asian.`,
  specialistBy: {
    level_2: (when) => `Asiantuntija vastaa viimeistään ${when}.`,
    legal_review: (when) => `Valituksesi siirtyy tarkastustiimillemme, joka vastaa viimeistään ${when}.`,
    fraud: (when) => `Petostiimillemme on ilmoitettu, ja se ottaa sinuun yhteyttä viimeistään ${when}. Älä sillä välin kerro koodeja tai korttitietoja kenellekään.`,
  },
};
