import type { HelpCenterStrings } from './en.js';

const he = {
  title: 'איך אפשר לעזור?',
  intro: 'כאן אפשר למצוא תשובות לשאלות נפוצות או ליצור איתנו קשר.',
  topics: 'עיון לפי נושא',
  articles_one: 'מאמר אחד',
  articles_two: 'שני מאמרים',
  articles_other: '{{count}} מאמרים',
  breadcrumbs: 'המיקום שלך',
  home: 'עזרה',
  notFound: 'לא מצאנו את המאמר הזה.',
  allTopics: 'חזרה לכל הנושאים',
  contactTitle: 'עדיין צריכים עזרה?',
  chat: 'דברו איתנו בצ׳אט',
  chatHint: 'העוזר הדיגיטלי שלנו עונה מיד, בכל שעה של היום והלילה.',
  callback: 'בקשת שיחה חוזרת',
  callbackHint: 'נתקשר אליך בשעה שנוחה לך.',
  phone: 'התקשרו אלינו',
  openUntil: 'פתוח עכשיו, עד {{time}}',
  closedOpens: 'סגור עכשיו, נפתח {{time}}',
  hoursToday: 'היום {{opens}}–{{closes}}',
  closedToday: 'סגור היום',
  moreWays: 'דרכים נוספות לקבל עזרה',
} as const;

export default he satisfies HelpCenterStrings;
