import type { HelpArticleStrings } from './en.js';

const he = {
  related: 'מאמרים קשורים',
  updated: 'עודכן ב־{{date}}',
  helpfulQuestion: 'המאמר הזה עזר לך?',
  helpfulYes: 'כן',
  helpfulNo: 'לא',
  reasonLabel: 'מה לא היה בסדר?',
  reasonUnclear: 'הוא לא היה ברור',
  reasonIncomplete: 'היה חסר בו משהו',
  reasonNotMyQuestion: 'הוא לא ענה על השאלה שלי',
  reasonOutdated: 'המידע בו לא עדכני',
  reasonOther: 'משהו אחר',
  commentLabel: 'רוצה לפרט? (לא חובה)',
  sendFeedback: 'שליחת משוב',
  feedbackThanks: 'תודה! המשוב שלך עוזר לנו להשתפר.',
  copyLink: 'העתקת קישור',
  linkCopied: 'הקישור הועתק',
  linkField: 'קישור למאמר הזה',
} as const;

export default he satisfies HelpArticleStrings;
