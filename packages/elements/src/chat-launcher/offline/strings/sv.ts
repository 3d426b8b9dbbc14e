import type { ChatOfflineStrings } from './en.js';

const sv = {
  title: 'Lämna ett meddelande',
  intro: 'Våra handläggare är inte tillgängliga just nu. Skriv till oss så svarar supporten via mejl.',
  name: 'Ditt namn',
  emailOnFile: 'E-postadressen på din beställning: svaret och en kopia av ditt meddelande skickas hit.',
  emailHint: 'Svaret och en kopia av ditt meddelande skickas hit.',
  change: 'Använd en annan e-postadress',
  message: 'Ditt meddelande',
  messageHint: 'Det du skrev i chatten finns redan här. Ändra det som du vill.',
  order: 'Gäller beställning {{reference}}',
  send: 'Skicka meddelande',
  sending: 'Skickar ditt meddelande…',
  errName: 'Ange ditt namn.',
  errMessage: 'Skriv ditt meddelande, minst 2 tecken.',
  errNetwork: 'Meddelandet kunde inte skickas. Kontrollera anslutningen och försök igen – det du skrev finns kvar.',
  errOnline: 'Våra handläggare är tillbaka: be att få prata med en person i chatten i stället.',
  sentTitle: 'Meddelandet är skickat',
  sentAnswer: 'Supporten svarar via mejl senast {{time}}.',
  sentCopy: 'En kopia av ditt meddelande har mejlats till {{email}}.',
} as const;

export default sv satisfies ChatOfflineStrings;
