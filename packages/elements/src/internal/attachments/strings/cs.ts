import type { AttachmentStrings } from './en.js';

const cs = {
  list: 'Připojené soubory',
  preparing: 'Připravuje se…',
  uploading: 'Nahrává se…',
  progress: 'Nahrávání souboru {{name}}',
  done: 'Nahráno',
  failed: 'Nahrání se nezdařilo',
  retry: 'Zkusit znovu',
  remove: 'Odebrat',
  added: 'Soubor {{name}} byl přidán.',
  removed: 'Soubor {{name}} byl odebrán.',
  failedNotice: 'Soubor {{name}} se nepodařilo nahrát. Zkuste to znovu, nebo ho odeberte.',
  errType: 'Soubor {{name}} nebyl přidán: připojit lze jen fotky JPEG, PNG nebo WebP a soubory PDF.',
  errSize: 'Soubor {{name}} nebyl přidán: je větší než {{size}}.',
  errCount: 'Soubor {{name}} nebyl přidán: připojit můžete nejvýše {{max}} souborů.',
  errEmpty: 'Soubor {{name}} nebyl přidán: je prázdný.',
  busy: 'Vaše soubory se ještě nahrávají. Chvíli počkejte a pak odešlete.',
  failedFiles: 'Některé soubory se nepodařilo nahrát. Před odesláním je zkuste nahrát znovu, nebo je odeberte.',
  textNeeded: 'Napište zprávu, která bude soubory doprovázet.',
} as const;

export default cs satisfies AttachmentStrings;
