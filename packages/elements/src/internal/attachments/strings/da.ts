import type { AttachmentStrings } from './en.js';

const da = {
  list: 'Vedhæftede filer',
  preparing: 'Forbereder…',
  uploading: 'Uploader…',
  progress: 'Upload af {{name}}',
  done: 'Uploadet',
  failed: 'Upload mislykkedes',
  retry: 'Prøv igen',
  remove: 'Fjern',
  added: '{{name}} er tilføjet.',
  removed: '{{name}} er fjernet.',
  failedNotice: '{{name}} kunne ikke uploades. Prøv igen, eller fjern filen.',
  errType: '{{name}} blev ikke tilføjet: kun JPEG-, PNG- eller WebP-fotos og PDF-filer kan vedhæftes.',
  errSize: '{{name}} blev ikke tilføjet: filen er større end {{size}}.',
  errCount: '{{name}} blev ikke tilføjet: du kan højst vedhæfte {{max}} filer.',
  errEmpty: '{{name}} blev ikke tilføjet: filen er tom.',
  busy: 'Dine filer uploades stadig. Vent et øjeblik, og send så.',
  failedFiles: 'Nogle filer kunne ikke uploades. Prøv igen, eller fjern dem, før du sender.',
  textNeeded: 'Skriv en besked, der skal følge med dine filer.',
} as const;

export default da satisfies AttachmentStrings;
