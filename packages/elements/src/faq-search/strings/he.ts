import type { FaqSearchStrings } from './en.js';

const he = {
  label: 'חיפוש במאמרי העזרה',
  placeholder: 'חיפוש, למשל: החזרה או תוכנית תשלומים',
  clear: 'ניקוי החיפוש',
  searching: 'מחפשים…',
  results_one: 'נמצא מאמר אחד',
  results_two: 'נמצאו שני מאמרים',
  results_other: 'נמצאו {{count}} מאמרים',
  instructions: 'אפשר לבחור מאמר בעזרת מקשי החיצים למעלה ולמטה, וללחוץ Enter כדי לפתוח אותו.',
  noResults: 'לא נמצאו מאמרים שתואמים לחיפוש "{{query}}".',
  noResultsHint: 'אפשר לנסות מילים אחרות, או לשאול אותנו ישירות.',
  chat: 'דברו איתנו בצ׳אט',
  recent: 'חיפושים אחרונים',
  clearRecent: 'ניקוי החיפושים האחרונים',
  fallback: 'לא מצאנו מאמרים מתאימים בשפה שלך, ולכן מוצגים כאן מאמרים באנגלית.',
  error: 'החיפוש לא זמין כרגע.',
  showAll_one: 'הצגת מאמר אחד',
  showAll_two: 'הצגת שני המאמרים',
  showAll_other: 'הצגת כל {{count}} המאמרים',
  showFirst_one: 'הצגת המאמר הראשון',
  showFirst_two: 'הצגת שני המאמרים הראשונים',
  showFirst_other: 'הצגת {{count}} המאמרים הראשונים',
  showMore: 'הצגת עוד',
  range: 'מאמרים {{from}}–{{to}} מתוך {{total}}',
} as const;

export default he satisfies FaqSearchStrings;
