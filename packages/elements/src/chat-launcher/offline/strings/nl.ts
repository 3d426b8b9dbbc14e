import type { ChatOfflineStrings } from './en.js';

const nl = {
  title: 'Bericht achterlaten',
  intro: 'Onze medewerkers zijn nu niet bereikbaar. Schrijf ons en de klantenservice antwoordt per e-mail.',
  name: 'Uw naam',
  emailOnFile: 'Het e-mailadres van uw bestelling: het antwoord en een kopie van uw bericht gaan hierheen.',
  emailHint: 'Het antwoord en een kopie van uw bericht gaan hierheen.',
  change: 'Ander e-mailadres gebruiken',
  message: 'Uw bericht',
  messageHint: 'Wat u in de chat schreef, staat hier al. Pas het aan zoals u wilt.',
  order: 'Over bestelling {{reference}}',
  send: 'Bericht versturen',
  sending: 'Uw bericht wordt verstuurd…',
  errName: 'Vul uw naam in.',
  errMessage: 'Schrijf uw bericht, minstens 2 tekens.',
  errNetwork: 'Uw bericht kon niet worden verstuurd. Controleer uw verbinding en probeer het opnieuw: wat u schreef, blijft bewaard.',
  errOnline: 'Onze medewerkers zijn er weer: vraag in de chat naar een medewerker.',
  sentTitle: 'Bericht verstuurd',
  sentAnswer: 'De klantenservice antwoordt per e-mail vóór {{time}}.',
  sentCopy: 'Een kopie van uw bericht is gemaild naar {{email}}.',
} as const;

export default nl satisfies ChatOfflineStrings;
