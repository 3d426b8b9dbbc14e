import type { ChatOfflineStrings } from './en.js';

const it = {
  title: 'Lascia un messaggio',
  intro: 'I nostri operatori non sono disponibili in questo momento. Scrivici e l’assistenza ti risponderà via email.',
  name: 'Il tuo nome',
  emailOnFile: 'L’email del tuo ordine: qui riceverai la risposta e una copia del messaggio.',
  emailHint: 'Qui riceverai la risposta e una copia del messaggio.',
  change: 'Usa un’altra email',
  message: 'Il tuo messaggio',
  messageHint: 'Quello che hai scritto in chat è già qui. Modificalo come preferisci.',
  order: 'Relativo all’ordine {{reference}}',
  send: 'Invia messaggio',
  sending: 'Invio del messaggio…',
  errName: 'Inserisci il tuo nome.',
  errMessage: 'Scrivi il tuo messaggio, almeno 2 caratteri.',
  errNetwork: 'Non è stato possibile inviare il messaggio. Controlla la connessione e riprova: il testo che hai scritto resta qui.',
  errOnline: 'I nostri operatori sono di nuovo disponibili: chiedi di parlare con una persona in chat.',
  sentTitle: 'Messaggio inviato',
  sentAnswer: 'L’assistenza ti risponderà via email entro {{time}}.',
  sentCopy: 'Una copia del messaggio è stata inviata a {{email}}.',
} as const;

export default it satisfies ChatOfflineStrings;
