import type { ChatOfflineStrings } from './en.js';

const da = {
  title: 'Læg en besked',
  intro: 'Vores medarbejdere er ikke tilgængelige lige nu. Skriv til os, så svarer kundeservice på e-mail.',
  name: 'Dit navn',
  emailOnFile: 'E-mailadressen på din ordre: svaret og en kopi af din besked sendes hertil.',
  emailHint: 'Svaret og en kopi af din besked sendes hertil.',
  change: 'Brug en anden e-mailadresse',
  message: 'Din besked',
  messageHint: 'Det, du skrev i chatten, står her allerede. Ret det, som du vil.',
  order: 'Om ordre {{reference}}',
  send: 'Send besked',
  sending: 'Sender din besked …',
  errName: 'Skriv dit navn.',
  errMessage: 'Skriv din besked, mindst 2 tegn.',
  errNetwork: 'Din besked kunne ikke sendes. Tjek din forbindelse, og prøv igen – det, du skrev, er gemt.',
  errOnline: 'Vores medarbejdere er tilbage: bed om at tale med en person i chatten i stedet.',
  sentTitle: 'Beskeden er sendt',
  sentAnswer: 'Kundeservice svarer på e-mail senest {{time}}.',
  sentCopy: 'En kopi af din besked er sendt til {{email}}.',
} as const;

export default da satisfies ChatOfflineStrings;
