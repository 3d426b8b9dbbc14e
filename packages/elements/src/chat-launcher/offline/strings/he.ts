import type { ChatOfflineStrings } from './en.js';

const he = {
  title: 'השארת הודעה',
  intro: 'הנציגים שלנו לא זמינים כרגע. כתבו לנו והתמיכה תענה במייל.',
  name: 'השם שלך',
  emailOnFile: 'כתובת המייל שבהזמנה שלך: התשובה ועותק של ההודעה יישלחו אליה.',
  emailHint: 'התשובה ועותק של ההודעה יישלחו לכתובת הזו.',
  change: 'שימוש בכתובת מייל אחרת',
  message: 'ההודעה שלך',
  messageHint: 'מה שכתבת בצ׳אט כבר מופיע כאן. אפשר לשנות אותו כרצונך.',
  order: 'בנוגע להזמנה {{reference}}',
  send: 'שליחת ההודעה',
  sending: 'ההודעה נשלחת…',
  errName: 'יש להזין את השם שלך.',
  errMessage: 'יש לכתוב הודעה, לפחות 2 תווים.',
  errNetwork: 'לא הצלחנו לשלוח את ההודעה. יש לבדוק את החיבור ולנסות שוב – מה שכתבת נשמר.',
  errOnline: 'הנציגים שלנו חזרו: אפשר לבקש לדבר עם נציג בצ׳אט.',
  sentTitle: 'ההודעה נשלחה',
  sentAnswer: 'התמיכה תענה במייל עד {{time}}.',
  sentCopy: 'עותק של ההודעה נשלח אל {{email}}.',
} as const;

export default he satisfies ChatOfflineStrings;
