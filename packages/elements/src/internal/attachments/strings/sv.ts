import type { AttachmentStrings } from './en.js';

const sv = {
  list: 'Bifogade filer',
  preparing: 'Förbereder…',
  uploading: 'Laddar upp…',
  progress: 'Uppladdning av {{name}}',
  done: 'Uppladdad',
  failed: 'Uppladdningen misslyckades',
  retry: 'Försök igen',
  remove: 'Ta bort',
  added: '{{name}} har lagts till.',
  removed: '{{name}} har tagits bort.',
  failedNotice: '{{name}} kunde inte laddas upp. Försök igen eller ta bort filen.',
  errType: '{{name}} lades inte till: bara foton i JPEG, PNG eller WebP och PDF-filer kan bifogas.',
  errSize: '{{name}} lades inte till: filen är större än {{size}}.',
  errCount: '{{name}} lades inte till: du kan bifoga högst {{max}} filer.',
  errEmpty: '{{name}} lades inte till: filen är tom.',
  busy: 'Dina filer laddas fortfarande upp. Vänta en stund och skicka sedan.',
  failedFiles: 'Vissa filer kunde inte laddas upp. Försök igen eller ta bort dem innan du skickar.',
  textNeeded: 'Skriv ett meddelande som följer med dina filer.',
} as const;

export default sv satisfies AttachmentStrings;
