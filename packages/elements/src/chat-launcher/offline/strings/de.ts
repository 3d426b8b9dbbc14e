import type { ChatOfflineStrings } from './en.js';

const de = {
  title: 'Nachricht hinterlassen',
  intro: 'Unsere Mitarbeitenden sind gerade nicht erreichbar. Schreiben Sie uns – der Support antwortet per E-Mail.',
  name: 'Ihr Name',
  emailOnFile: 'Die E-Mail-Adresse Ihrer Bestellung: Die Antwort und eine Kopie Ihrer Nachricht gehen dorthin.',
  emailHint: 'Die Antwort und eine Kopie Ihrer Nachricht gehen dorthin.',
  change: 'Andere E-Mail-Adresse verwenden',
  message: 'Ihre Nachricht',
  messageHint: 'Was Sie im Chat geschrieben haben, steht schon hier. Ändern Sie es nach Belieben.',
  order: 'Zur Bestellung {{reference}}',
  send: 'Nachricht senden',
  sending: 'Ihre Nachricht wird gesendet …',
  errName: 'Geben Sie Ihren Namen ein.',
  errMessage: 'Schreiben Sie Ihre Nachricht, mindestens 2 Zeichen.',
  errNetwork: 'Ihre Nachricht konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut – Ihr Text bleibt erhalten.',
  errOnline: 'Unsere Mitarbeitenden sind wieder da: Bitten Sie im Chat stattdessen um eine Person.',
  sentTitle: 'Nachricht gesendet',
  sentAnswer: 'Der Support antwortet per E-Mail bis {{time}}.',
  sentCopy: 'Eine Kopie Ihrer Nachricht wurde an {{email}} gesendet.',
} as const;

export default de satisfies ChatOfflineStrings;
