import type { AttachmentStrings } from './en.js';

const pl = {
  list: 'Załączone pliki',
  preparing: 'Przygotowywanie…',
  uploading: 'Wysyłanie…',
  progress: 'Wysyłanie pliku {{name}}',
  done: 'Wysłano',
  failed: 'Nie udało się wysłać',
  retry: 'Spróbuj ponownie',
  remove: 'Usuń',
  added: 'Dodano {{name}}.',
  removed: 'Usunięto {{name}}.',
  failedNotice: 'Nie udało się wysłać pliku {{name}}. Spróbuj ponownie albo go usuń.',
  errType: 'Nie dodano {{name}}: można dołączać tylko zdjęcia JPEG, PNG lub WebP i pliki PDF.',
  errSize: 'Nie dodano {{name}}: plik jest większy niż {{size}}.',
  errCount: 'Nie dodano {{name}}: możesz dołączyć najwyżej {{max}} plików.',
  errEmpty: 'Nie dodano {{name}}: plik jest pusty.',
  busy: 'Twoje pliki wciąż się wysyłają. Poczekaj chwilę, a potem wyślij.',
  failedFiles: 'Nie udało się wysłać niektórych plików. Spróbuj ponownie albo usuń je przed wysłaniem.',
  textNeeded: 'Napisz wiadomość, która trafi razem z plikami.',
} as const;

export default pl satisfies AttachmentStrings;
