import type { AttachmentStrings } from './en.js';

const he = {
  list: 'קבצים מצורפים',
  preparing: 'בהכנה…',
  uploading: 'בהעלאה…',
  progress: 'העלאת {{name}}',
  done: 'הועלה',
  failed: 'ההעלאה נכשלה',
  retry: 'לנסות שוב',
  remove: 'הסרה',
  added: '{{name}} נוסף.',
  removed: '{{name}} הוסר.',
  failedNotice: 'לא הצלחנו להעלות את {{name}}. אפשר לנסות שוב או להסיר אותו.',
  errType: '{{name}} לא נוסף: אפשר לצרף רק תמונות JPEG‏, PNG או WebP וקובצי PDF.',
  errSize: '{{name}} לא נוסף: הקובץ גדול מ־{{size}}.',
  errCount: '{{name}} לא נוסף: אפשר לצרף עד {{max}} קבצים.',
  errEmpty: '{{name}} לא נוסף: הקובץ ריק.',
  busy: 'הקבצים עדיין בהעלאה. כדאי לחכות רגע ואז לשלוח.',
  failedFiles: 'חלק מהקבצים לא הועלו. אפשר לנסות שוב או להסיר אותם לפני השליחה.',
  textNeeded: 'צריך לכתוב הודעה שתצורף לקבצים.',
} as const;

export default he satisfies AttachmentStrings;
