import type { AttachmentStrings } from './en.js';

const nl = {
  list: 'Bijgevoegde bestanden',
  preparing: 'Voorbereiden…',
  uploading: 'Uploaden…',
  progress: 'Upload van {{name}}',
  done: 'Geüpload',
  failed: 'Uploaden mislukt',
  retry: 'Opnieuw proberen',
  remove: 'Verwijderen',
  added: '{{name}} toegevoegd.',
  removed: '{{name}} verwijderd.',
  failedNotice: '{{name}} kon niet worden geüpload. Probeer het opnieuw of verwijder het bestand.',
  errType: '{{name}} is niet toegevoegd: je kunt alleen foto’s in JPEG, PNG of WebP en pdf-bestanden bijvoegen.',
  errSize: '{{name}} is niet toegevoegd: het bestand is groter dan {{size}}.',
  errCount: '{{name}} is niet toegevoegd: je kunt hoogstens {{max}} bestanden bijvoegen.',
  errEmpty: '{{name}} is niet toegevoegd: het bestand is leeg.',
  busy: 'Je bestanden worden nog geüpload. Wacht even en verstuur dan.',
  failedFiles: 'Sommige bestanden konden niet worden geüpload. Probeer ze opnieuw of verwijder ze voordat je verstuurt.',
  textNeeded: 'Schrijf een bericht bij je bestanden.',
} as const;

export default nl satisfies AttachmentStrings;
