import { plural } from '../format.js';
import type { Phrases } from '../phrases.js';

const days = (n: number) => plural('pl', n, { one: 'dzień', other: 'dni' });

export const pl: Phrases = {
  greeting: (name) =>
    `Cześć${name ? ` ${name}` : ''}! Jestem asystentem. Zapytaj mnie o płatności, zwroty, problem z zamówieniem, kartę albo saldo. W każdej chwili możesz poprosić o rozmowę z konsultantem.`,
  greetBack: (name) => `Cześć${name ? ` ${name}` : ''}! W czym mogę pomóc?`,
  topics: { payments: 'Płatności', returns: 'Zwroty', problems: 'Problem z zamówieniem', card: 'Karta kredytowa', balance: 'Saldo', account: 'Moje konto' },
  helped: 'To pomogło',
  talkToPerson: 'Porozmawiaj z konsultantem',
  noThanks: 'Nie, dziękuję',
  notSure: 'Nie jestem pewien, czy dobrze rozumiem. Mogę pomóc w sprawie płatności, zwrotów, problemów z zamówieniem, karty i salda albo przekazać Cię konsultantowi.',
  cannotHelp: 'W tej sprawie nie pomogę sam, więc przekazuję Cię konsultantowi.',
  welcome: 'Proszę bardzo! Jeśli to wszystko, możesz ocenić tę rozmowę.',
  anythingElse: 'Dobrze. Czy mogę pomóc w czymś jeszcze?',
  verifyFirst:
    'Żeby sprawdzić Twoje zamówienia, muszę wiedzieć, że to Ty. Potwierdź tożsamość numerem zamówienia oraz adresem e-mail lub numerem telefonu podanym przy zakupie, a potem zapytaj ponownie.',
  verifyForAccount: 'Żeby sprawdzić to dla Twoich zamówień, potwierdź tożsamość numerem zamówienia oraz adresem e-mail lub numerem telefonu podanym przy zakupie.',
  verify: 'Potwierdź tożsamość',
  noOrders: 'Nie znajduję żadnych Twoich zamówień.',
  pickOrder: 'O które zamówienie chodzi?',
  orderStatus: (ref, merchant, status) => `Twoje zamówienie ${ref} w sklepie ${merchant}: ${status}.`,
  orderStatusNames: {
    authorized: 'złożone, czeka na potwierdzenie sklepu',
    partially_confirmed: 'częściowo potwierdzone przez sklep: plan płatności obejmuje tylko to, co sklep potwierdził',
    confirmed: 'potwierdzone przez sklep',
    shipped: 'w drodze',
    delivered: 'dostarczone',
    cancelled: 'anulowane',
    refunded: 'zwrócone (pieniądze oddane)',
  },
  nextPayment: (amount, date) => `Twoja następna płatność to ${amount}, termin: ${date}.`,
  planSummary: (ref, paid, remaining) => `Plan płatności dla ${ref}: zapłacono ${paid}, do zapłaty zostało ${remaining}.`,
  planCompleted: (ref) => `Wszystko za ${ref} jest zapłacone. Nic więcej nie jest należne.`,
  planPaused: 'Płatności są wstrzymane, dopóki zwrot lub problem jest otwarty, więc w tym czasie nie naliczamy opłat za opóźnienie.',
  planInCollection: (agency) => `Ten plan płatności przekazano do windykacji firmie ${agency}; skontaktuj się z nią, aby zapłacić.`,
  extendOffer: (amount, date) => `Twoja następna płatność ${amount} ma termin ${date}. Mogę raz przesunąć tę datę. Wybierz nowy termin:`,
  extendChoice: (n, date) => `+${n} ${days(n)} (${date})`,
  keepDate: 'Zostaw termin',
  extendDone: (amount, date) => `Gotowe: termin płatności ${amount} to teraz ${date}. Tej daty nie można już przesunąć.`,
  extendKept: (date) => `Dobrze, termin zostaje: ${date}.`,
  extendRefused: {
    already_extended: 'Ta płatność była już raz przesunięta, a każdą płatność można przesunąć tylko raz.',
    paid: 'W tym zamówieniu nie ma otwartej płatności do przesunięcia.',
    overdue: 'Termin tej płatności już minął, więc nie można go przesunąć. Zapłać ją albo porozmawiaj o tym z konsultantem.',
    paused: 'Płatności za to zamówienie są wstrzymane, dopóki zwrot lub problem jest otwarty, więc teraz nie ma czego przesuwać.',
    not_extendable: 'Tego rodzaju płatności nie można przesunąć.',
    no_plan: 'To zamówienie nie ma planu płatności.',
  },
  refunds: (ref, list) => `Zwroty pieniędzy dla ${ref}: ${list}.`,
  noRefunds: (ref) =>
    `Dla ${ref} nie ma jeszcze zwrotu pieniędzy. Gdy sklep zarejestruje zwrot, pieniądze wracają w ciągu 3–14 dni roboczych, a Twój bank może potrzebować do 10 dni więcej.`,
  returnStatus: (ref, status) => `Twój zwrot ${ref}: ${status}.`,
  returnStatusNames: {
    reported: 'zgłoszony, a płatności są wstrzymane, dopóki jest otwarty',
    in_transit: 'w drodze do sklepu',
    received: 'odebrany przez sklep',
    registered: 'zarejestrowany przez sklep',
    refunded: 'pieniądze zwrócone',
    investigation: 'wyjaśniany, bo sklep go nie zarejestrował',
    cancelled: 'anulowany',
    closed: 'zamknięty',
  },
  refundExpected: (amount, date) => `Zwrot ${amount} powinien dotrzeć najpóźniej ${date}.`,
  noReturns: (ref) => `Nie widzę zgłoszonego zwrotu dla ${ref}.`,
  holdPending: (amount, ref, date) => `Kwota ${amount} oczekująca dla ${ref} to blokada autoryzacyjna, a nie obciążenie. Zwykle znika sama najpóźniej ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `Kwota ${amount} oczekująca dla ${ref} to blokada autoryzacyjna, a nie obciążenie. Powinna była zniknąć do ${date}, więc musimy poprosić sklep o jej zwolnienie. Konsultant może to za Ciebie załatwić.`,
  noHold: (ref) => `Dla ${ref} nie ma oczekującej blokady.`,
  offerPerson: 'Czy mam przekazać to konsultantowi?',
  handingOver: 'Przekazuję Cię konsultantowi, który pomoże.',
  queued: (position, minutes, ticket) =>
    `Jesteś na ${position}. miejscu w kolejce; przewidywany czas oczekiwania to około ${minutes} min. Twoje zgłoszenie to ${ticket}, a osoba, która je przejmie, zobaczy naszą rozmowę.`,
  offline: (when, ticket) =>
    `Nasi konsultanci są teraz niedostępni i wracają ${when}. Twoje zgłoszenie ${ticket} zostaje w kolejce albo możemy oddzwonić w dogodnym dla Ciebie czasie.`,
  alreadyWaiting: (ticket) => `Twoje zgłoszenie ${ticket} jest już u naszego zespołu.`,
  requestCallback: 'Poproś o telefon',
  callbackOffer: 'Możemy do Ciebie oddzwonić: wybierz godzinę w czasie pracy infolinii.',
  callbackBooked: (phone, from, to, ref) => `Zadzwonimy pod numer ${phone} między ${from} a ${to}. Twój numer referencyjny to ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Cześć${name ? ` ${name}` : ''}, tu ${agent}. Widzę naszą rozmowę${ref ? ` i Twoje zamówienie ${ref}` : ''}, więc nie musisz niczego powtarzać. Daj mi chwilę, sprawdzę to.`,
  agentFollowUp: 'Dziękuję, zanotowałem to i już się tym zajmuję.',
  resolved: (ticket, summary) => `Twoja sprawa ${ticket} jest rozwiązana.${summary ? ` ${summary}` : ''} Możesz ocenić tę rozmowę.`,
  noteRefund: (amount, ref) => `Zlecono zwrot ${amount} dla ${ref}.`,
  noteReleaseHold: (amount, ref) => `Blokada ${amount} dla ${ref} została zwolniona.`,
  noteExtend: (ref, date) => `Płatność dla ${ref} ma teraz termin ${date}.`,
};
