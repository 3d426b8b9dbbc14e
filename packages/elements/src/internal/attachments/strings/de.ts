import type { AttachmentStrings } from './en.js';

const de = {
  list: 'Angehängte Dateien',
  preparing: 'Wird vorbereitet…',
  uploading: 'Wird hochgeladen…',
  progress: 'Upload von {{name}}',
  done: 'Hochgeladen',
  failed: 'Hochladen fehlgeschlagen',
  retry: 'Erneut versuchen',
  remove: 'Entfernen',
  added: '{{name}} hinzugefügt.',
  removed: '{{name}} entfernt.',
  failedNotice: '{{name}} konnte nicht hochgeladen werden. Versuchen Sie es erneut oder entfernen Sie die Datei.',
  errType: '{{name}} wurde nicht hinzugefügt: Nur Fotos im Format JPEG, PNG oder WebP und PDF-Dateien können angehängt werden.',
  errSize: '{{name}} wurde nicht hinzugefügt: Die Datei ist größer als {{size}}.',
  errCount: '{{name}} wurde nicht hinzugefügt: Sie können höchstens {{max}} Dateien anhängen.',
  errEmpty: '{{name}} wurde nicht hinzugefügt: Die Datei ist leer.',
  busy: 'Ihre Dateien werden noch hochgeladen. Warten Sie einen Moment und senden Sie dann.',
  failedFiles: 'Einige Dateien konnten nicht hochgeladen werden. Versuchen Sie es erneut oder entfernen Sie sie vor dem Senden.',
  textNeeded: 'Schreiben Sie eine Nachricht zu Ihren Dateien.',
} as const;

export default de satisfies AttachmentStrings;
