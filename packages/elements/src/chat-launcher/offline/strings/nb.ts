import type { ChatOfflineStrings } from './en.js';

const nb = {
  title: 'Legg igjen en melding',
  intro: 'Våre rådgivere er ikke tilgjengelige akkurat nå. Skriv til oss, så svarer kundeservice på e-post.',
  name: 'Navnet ditt',
  emailOnFile: 'E-postadressen på bestillingen din: svaret og en kopi av meldingen din sendes hit.',
  emailHint: 'Svaret og en kopi av meldingen din sendes hit.',
  change: 'Bruk en annen e-postadresse',
  message: 'Meldingen din',
  messageHint: 'Det du skrev i chatten, står her allerede. Endre det som du vil.',
  order: 'Gjelder bestilling {{reference}}',
  send: 'Send melding',
  sending: 'Sender meldingen din …',
  errName: 'Skriv inn navnet ditt.',
  errMessage: 'Skriv meldingen din, minst 2 tegn.',
  errNetwork: 'Meldingen kunne ikke sendes. Sjekk tilkoblingen og prøv igjen – det du skrev, er tatt vare på.',
  errOnline: 'Rådgiverne våre er tilbake: be om å snakke med en person i chatten i stedet.',
  sentTitle: 'Meldingen er sendt',
  sentAnswer: 'Kundeservice svarer på e-post innen {{time}}.',
  sentCopy: 'En kopi av meldingen din er sendt til {{email}}.',
} as const;

export default nb satisfies ChatOfflineStrings;
