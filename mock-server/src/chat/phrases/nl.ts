import { plural } from '../format.js';
import type { Phrases } from '../phrases.js';

const days = (n: number) => plural('nl', n, { one: 'dag', other: 'dagen' });

export const nl: Phrases = {
  greeting: (name) =>
    `Hoi${name ? ` ${name}` : ''}! Ik ben de assistent. Vraag me naar betalingen, retouren, een probleem met een bestelling, je kaart of je saldo. Je kunt altijd vragen om iemand te spreken.`,
  greetBack: (name) => `Hoi${name ? ` ${name}` : ''}! Waarmee kan ik je helpen?`,
  topics: { payments: 'Betalingen', returns: 'Retouren', problems: 'Een probleem met een bestelling', card: 'Creditcard', balance: 'Saldo', account: 'Mijn account' },
  helped: 'Dat hielp',
  talkToPerson: 'Met een medewerker praten',
  noThanks: 'Nee, bedankt',
  notSure:
    'Ik weet niet zeker of ik je goed begrijp. Ik kan helpen met betalingen, retouren, problemen met een bestelling, je kaart en je saldo, of je doorverbinden met een medewerker.',
  cannotHelp: 'Hier kan ik je zelf niet mee helpen, dus ik verbind je door met een medewerker.',
  welcome: 'Graag gedaan! Als er verder niets is, kun je dit gesprek beoordelen.',
  anythingElse: 'Oké. Kan ik je nog ergens anders mee helpen?',
  verifyFirst:
    'Om je bestellingen te bekijken moet ik weten dat jij het bent. Verifieer je met je bestelnummer en het e-mailadres of telefoonnummer dat je bij het afrekenen gebruikte, en vraag het me daarna opnieuw.',
  verifyForAccount: 'Om dit voor je eigen bestellingen na te kijken, verifieer je met je bestelnummer en het e-mailadres of telefoonnummer dat je bij het afrekenen gebruikte.',
  verify: 'Verifiëren',
  noOrders: 'Ik kan geen bestellingen van je vinden.',
  pickOrder: 'Welke bestelling bedoel je?',
  orderStatus: (ref, merchant, status) => `Je bestelling ${ref} bij ${merchant} is ${status}.`,
  orderStatusNames: {
    authorized: 'geplaatst en wacht op bevestiging van de winkel',
    partially_confirmed: 'gedeeltelijk bevestigd door de winkel: je betaalplan geldt alleen voor wat de winkel heeft bevestigd',
    confirmed: 'bevestigd door de winkel',
    shipped: 'onderweg',
    delivered: 'bezorgd',
    cancelled: 'geannuleerd',
    refunded: 'terugbetaald',
  },
  nextPayment: (amount, date) => `Je volgende betaling is ${amount} en vervalt op ${date}.`,
  planSummary: (ref, paid, remaining) => `Betaalplan voor ${ref}: ${paid} betaald, nog ${remaining} te betalen.`,
  planCompleted: (ref) => `Alles van ${ref} is betaald. Er staat niets meer open.`,
  planPaused: 'De betalingen staan stil zolang er een retour of probleem openstaat, dus in de tussentijd komen er geen kosten voor te laat betalen bij.',
  planInCollection: (agency) => `Dit betaalplan is voor incasso overgedragen aan ${agency}; neem contact met hen op om te betalen.`,
  extendOffer: (amount, date) => `Je volgende betaling van ${amount} vervalt op ${date}. Ik kan deze datum één keer verschuiven. Kies de nieuwe datum:`,
  extendChoice: (n, date) => `+${n} ${days(n)} (${date})`,
  keepDate: 'Datum houden',
  extendDone: (amount, date) => `Geregeld: je betaling van ${amount} vervalt nu op ${date}. Deze datum kan niet nog een keer worden verschoven.`,
  extendKept: (date) => `Oké, de datum blijft ${date}.`,
  extendRefused: {
    already_extended: 'Deze betaling is al een keer verschoven, en elke betaling kan maar één keer worden verschoven.',
    paid: 'Er staat op deze bestelling geen betaling open om te verschuiven.',
    overdue: 'Deze betaling is te laat, dus de datum kan niet meer worden verschoven. Betaal hem, of bespreek het met een medewerker.',
    paused: 'De betalingen voor deze bestelling staan stil zolang er een retour of probleem openstaat, dus er valt nu niets te verschuiven.',
    not_extendable: 'Dit soort betaling kan niet worden verschoven.',
    no_plan: 'Deze bestelling heeft geen betaalplan.',
  },
  refunds: (ref, list) => `Terugbetalingen op ${ref}: ${list}.`,
  noRefunds: (ref) =>
    `Er is nog geen terugbetaling op ${ref}. Zodra de winkel een retour registreert, duurt de terugbetaling 3 tot 14 werkdagen, en je bank heeft soms nog tot 10 dagen extra nodig.`,
  returnStatus: (ref, status) => `Je retour ${ref} is ${status}.`,
  returnStatusNames: {
    reported: 'aangemeld, en je betalingen staan stil zolang hij openstaat',
    in_transit: 'onderweg terug naar de winkel',
    received: 'ontvangen door de winkel',
    registered: 'geregistreerd door de winkel',
    refunded: 'terugbetaald',
    investigation: 'in onderzoek omdat de winkel hem niet heeft geregistreerd',
    cancelled: 'geannuleerd',
    closed: 'afgesloten',
  },
  refundExpected: (amount, date) => `Een terugbetaling van ${amount} wordt uiterlijk ${date} verwacht.`,
  noReturns: (ref) => `Ik zie geen aangemelde retour voor ${ref}.`,
  holdPending: (amount, ref, date) => `De ${amount} die voor ${ref} openstaat is een reservering, geen afschrijving. Die verdwijnt normaal gesproken vanzelf uiterlijk ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `De ${amount} die voor ${ref} openstaat is een reservering, geen afschrijving. Die had uiterlijk ${date} moeten verdwijnen, dus we moeten de winkel vragen hem vrij te geven. Een medewerker kan dat voor je doen.`,
  noHold: (ref) => `Er staat geen reservering open op ${ref}.`,
  problemStatus: (ref, order, status) => `Je melding ${ref} over bestelling ${order}: ${status}.`,
  problemStatusNames: {
    open: 'gemeld en wordt doorgestuurd naar de winkel',
    awaiting_store: 'wacht op het antwoord van de winkel',
    escalated: 'door ons overgenomen, omdat de winkel niet op tijd antwoordde',
    investigating: 'in onderzoek: de winkel heeft geantwoord',
    solved: 'opgelost',
    closed: 'gesloten',
  },
  problemStoreBy: (date) => `De winkel heeft tot ${date} om te antwoorden. Gebeurt dat niet, dan nemen wij de zaak over en onderzoeken we die zelf.`,
  problemTakenOver: 'We onderzoeken de zaak nu zelf en laten je de uitkomst weten. Je hoeft in de tussentijd niets te doen.',
  problemReviewing: 'We bekijken het antwoord van de winkel samen met je melding en laten je de uitkomst weten.',
  problemResumed: 'De betalingen voor de bestelling lopen weer, zonder kosten voor te laat betalen over de tijd dat ze stillagen.',
  problemPaused: (amount) =>
    `Zolang de melding openstaat, staan de betalingen voor deze bestelling stil (nog ${amount} te betalen), dus er komen geen kosten voor te laat betalen bij.`,
  noProblem: (ref) => `Ik zie geen gemeld probleem voor ${ref}. Is er iets mis mee, open dan de bestelling en kies ‘Een probleem melden’.`,
  noProblems: 'Je hebt bij geen van je bestellingen een probleem gemeld. Is er iets mis met een bestelling, open die dan en kies ‘Een probleem melden’.',
  offerPerson: 'Wil je dat ik dit doorgeef aan een medewerker?',
  handingOver: 'Ik verbind je door met een medewerker die je kan helpen.',
  queued: (position, minutes, ticket) =>
    `Je bent nummer ${position} in de wachtrij; de verwachte wachttijd is ongeveer ${minutes} min. Je ticket is ${ticket}, en wie het oppakt ziet ons gesprek.`,
  offline: (when, ticket) =>
    `Onze medewerkers zijn nu niet bereikbaar en zijn ${when} weer terug. Je ticket ${ticket} blijft in de wachtrij, of we bellen je terug op een moment dat jou uitkomt.`,
  alreadyWaiting: (ticket) => `Je ticket ${ticket} ligt al bij ons team.`,
  requestCallback: 'Teruggebeld worden',
  callbackOffer: 'We kunnen je terugbellen: kies een tijd binnen onze telefonische openingstijden.',
  callbackBooked: (phone, from, to, ref) => `We bellen je op ${phone} tussen ${from} en ${to}. Je referentie is ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Hoi${name ? ` ${name}` : ''}, met ${agent}. Ik zie ons gesprek${ref ? ` en je bestelling ${ref}` : ''}, dus je hoeft niets te herhalen. Geef me even om het uit te zoeken.`,
  agentFollowUp: 'Bedankt, ik heb het genoteerd en ik zoek het uit.',
  resolved: (ticket, summary) => `Je zaak ${ticket} is opgelost.${summary ? ` ${summary}` : ''} Je kunt dit gesprek beoordelen.`,
  noteRefund: (amount, ref) => `Er is een terugbetaling van ${amount} op ${ref} gedaan.`,
  noteReleaseHold: (amount, ref) => `De reservering van ${amount} op ${ref} is vrijgegeven.`,
  noteExtend: (ref, date) => `De betaling op ${ref} vervalt nu op ${date}.`,
  refundLate: (amount, ref) =>
    `De terugbetaling van ${amount} voor ${ref} is al 10 werkdagen onderweg en had je inmiddels moeten bereiken. Een specialist in terugbetalingen kan het uitzoeken.`,
  specialistBy: {
    level_2: (when) => `Een specialist antwoordt uiterlijk ${when}.`,
    legal_review: (when) => `Je klacht gaat naar ons beoordelingsteam, dat uiterlijk ${when} antwoordt.`,
    fraud: (when) => `Ons fraudeteam is gewaarschuwd en neemt uiterlijk ${when} contact met je op. Deel in de tussentijd met niemand codes of kaartgegevens.`,
  },
};
