import type { AttachmentStrings } from './en.js';

const fr = {
  list: 'Fichiers joints',
  preparing: 'Préparation…',
  uploading: 'Envoi en cours…',
  progress: 'Envoi de {{name}}',
  done: 'Envoyé',
  failed: 'Échec de l’envoi',
  retry: 'Réessayer',
  remove: 'Retirer',
  added: '{{name}} ajouté.',
  removed: '{{name}} retiré.',
  failedNotice: '{{name}} n’a pas pu être envoyé. Réessayez ou retirez-le.',
  errType: '{{name}} n’a pas été ajouté : seuls les photos JPEG, PNG ou WebP et les fichiers PDF peuvent être joints.',
  errSize: '{{name}} n’a pas été ajouté : il dépasse {{size}}.',
  errCount: '{{name}} n’a pas été ajouté : vous pouvez joindre {{max}} fichiers au plus.',
  errEmpty: '{{name}} n’a pas été ajouté : le fichier est vide.',
  busy: 'Vos fichiers sont encore en cours d’envoi. Patientez un instant, puis envoyez.',
  failedFiles: 'Certains fichiers n’ont pas pu être envoyés. Réessayez ou retirez-les avant d’envoyer.',
  textNeeded: 'Écrivez un message pour accompagner vos fichiers.',
} as const;

export default fr satisfies AttachmentStrings;
