import type { AttachmentStrings } from './en.js';

const fi = {
  list: 'Liitetyt tiedostot',
  preparing: 'Valmistellaan…',
  uploading: 'Ladataan…',
  progress: 'Tiedoston {{name}} lataus',
  done: 'Ladattu',
  failed: 'Lataus epäonnistui',
  retry: 'Yritä uudelleen',
  remove: 'Poista',
  added: '{{name}} lisätty.',
  removed: '{{name}} poistettu.',
  failedNotice: 'Tiedostoa {{name}} ei voitu ladata. Yritä uudelleen tai poista se.',
  errType: 'Tiedostoa {{name}} ei lisätty: liittää voi vain JPEG-, PNG- tai WebP-kuvia ja PDF-tiedostoja.',
  errSize: 'Tiedostoa {{name}} ei lisätty: se on yli {{size}}.',
  errCount: 'Tiedostoa {{name}} ei lisätty: voit liittää enintään {{max}} tiedostoa.',
  errEmpty: 'Tiedostoa {{name}} ei lisätty: tiedosto on tyhjä.',
  busy: 'Tiedostojasi ladataan vielä. Odota hetki ja lähetä sitten.',
  failedFiles: 'Joitakin tiedostoja ei voitu ladata. Yritä uudelleen tai poista ne ennen lähettämistä.',
  textNeeded: 'Kirjoita viesti tiedostojesi mukaan.',
} as const;

export default fi satisfies AttachmentStrings;
