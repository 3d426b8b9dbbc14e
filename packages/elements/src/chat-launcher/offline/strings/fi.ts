import type { ChatOfflineStrings } from './en.js';

const fi = {
  title: 'Jätä viesti',
  intro: 'Asiakaspalvelijamme eivät ole juuri nyt tavoitettavissa. Kirjoita meille, niin asiakaspalvelu vastaa sähköpostitse.',
  name: 'Nimesi',
  emailOnFile: 'Tilauksesi sähköpostiosoite: vastaus ja kopio viestistäsi lähetetään tähän osoitteeseen.',
  emailHint: 'Vastaus ja kopio viestistäsi lähetetään tähän osoitteeseen.',
  change: 'Käytä toista sähköpostiosoitetta',
  message: 'Viestisi',
  messageHint: 'Chatissa kirjoittamasi teksti on jo tässä. Muokkaa sitä haluamallasi tavalla.',
  order: 'Koskee tilausta {{reference}}',
  send: 'Lähetä viesti',
  sending: 'Viestiäsi lähetetään…',
  errName: 'Kirjoita nimesi.',
  errMessage: 'Kirjoita viestisi, vähintään 2 merkkiä.',
  errNetwork: 'Viestiäsi ei voitu lähettää. Tarkista yhteys ja yritä uudelleen – kirjoittamasi teksti säilyy.',
  errOnline: 'Asiakaspalvelijamme ovat taas paikalla: pyydä chatissa asiakaspalvelijaa.',
  sentTitle: 'Viesti lähetetty',
  sentAnswer: 'Asiakaspalvelu vastaa sähköpostitse viimeistään {{time}}.',
  sentCopy: 'Kopio viestistäsi lähetettiin osoitteeseen {{email}}.',
} as const;

export default fi satisfies ChatOfflineStrings;
