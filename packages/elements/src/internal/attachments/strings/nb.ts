import type { AttachmentStrings } from './en.js';

const nb = {
  list: 'Vedlagte filer',
  preparing: 'Forbereder …',
  uploading: 'Laster opp …',
  progress: 'Opplasting av {{name}}',
  done: 'Lastet opp',
  failed: 'Opplastingen mislyktes',
  retry: 'Prøv igjen',
  remove: 'Fjern',
  added: '{{name}} er lagt til.',
  removed: '{{name}} er fjernet.',
  failedNotice: '{{name}} kunne ikke lastes opp. Prøv igjen eller fjern filen.',
  errType: '{{name}} ble ikke lagt til: bare JPEG-, PNG- eller WebP-bilder og PDF-filer kan legges ved.',
  errSize: '{{name}} ble ikke lagt til: filen er større enn {{size}}.',
  errCount: '{{name}} ble ikke lagt til: du kan legge ved maks {{max}} filer.',
  errEmpty: '{{name}} ble ikke lagt til: filen er tom.',
  busy: 'Filene dine lastes fortsatt opp. Vent litt, og send deretter.',
  failedFiles: 'Noen filer kunne ikke lastes opp. Prøv igjen eller fjern dem før du sender.',
  textNeeded: 'Skriv en melding som skal følge med filene.',
} as const;

export default nb satisfies AttachmentStrings;
