import type { AttachmentStrings } from './en.js';

const it = {
  list: 'File allegati',
  preparing: 'Preparazione…',
  uploading: 'Caricamento…',
  progress: 'Caricamento di {{name}}',
  done: 'Caricato',
  failed: 'Caricamento non riuscito',
  retry: 'Riprova',
  remove: 'Rimuovi',
  added: '{{name}} aggiunto.',
  removed: '{{name}} rimosso.',
  failedNotice: 'Non è stato possibile caricare {{name}}. Riprova o rimuovilo.',
  errType: '{{name}} non è stato aggiunto: puoi allegare solo foto JPEG, PNG o WebP e file PDF.',
  errSize: '{{name}} non è stato aggiunto: supera {{size}}.',
  errCount: '{{name}} non è stato aggiunto: puoi allegare al massimo {{max}} file.',
  errEmpty: '{{name}} non è stato aggiunto: il file è vuoto.',
  busy: 'I tuoi file sono ancora in caricamento. Attendi un momento, poi invia.',
  failedFiles: 'Alcuni file non sono stati caricati. Riprova o rimuovili prima di inviare.',
  textNeeded: 'Scrivi un messaggio da inviare con i tuoi file.',
} as const;

export default it satisfies AttachmentStrings;
