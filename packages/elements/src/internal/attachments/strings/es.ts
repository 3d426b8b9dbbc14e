import type { AttachmentStrings } from './en.js';

const es = {
  list: 'Archivos adjuntos',
  preparing: 'Preparando…',
  uploading: 'Subiendo…',
  progress: 'Subida de {{name}}',
  done: 'Subido',
  failed: 'No se ha podido subir',
  retry: 'Reintentar',
  remove: 'Quitar',
  added: '{{name}} añadido.',
  removed: '{{name}} quitado.',
  failedNotice: 'No se ha podido subir {{name}}. Vuelve a intentarlo o quítalo.',
  errType: '{{name}} no se ha añadido: solo se pueden adjuntar fotos JPEG, PNG o WebP y archivos PDF.',
  errSize: '{{name}} no se ha añadido: ocupa más de {{size}}.',
  errCount: '{{name}} no se ha añadido: puedes adjuntar como máximo {{max}} archivos.',
  errEmpty: '{{name}} no se ha añadido: el archivo está vacío.',
  busy: 'Tus archivos aún se están subiendo. Espera un momento y luego envía.',
  failedFiles: 'Algunos archivos no se han podido subir. Vuelve a intentarlo o quítalos antes de enviar.',
  textNeeded: 'Escribe un mensaje para acompañar tus archivos.',
} as const;

export default es satisfies AttachmentStrings;
