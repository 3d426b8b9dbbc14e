import type { HelpArticleStrings } from './en.js';

const ar = {
  related: 'مقالات ذات صلة',
  updated: 'آخر تحديث: {{date}}',
  helpfulQuestion: 'هل كانت هذه المقالة مفيدة؟',
  helpfulYes: 'نعم',
  helpfulNo: 'لا',
  reasonLabel: 'ما المشكلة؟',
  reasonUnclear: 'لم تكن واضحة',
  reasonIncomplete: 'كانت تنقصها معلومات',
  reasonNotMyQuestion: 'لم تُجب عن سؤالي',
  reasonOutdated: 'معلوماتها قديمة',
  reasonOther: 'سبب آخر',
  commentLabel: 'أخبرنا بالمزيد (اختياري)',
  sendFeedback: 'إرسال الملاحظات',
  feedbackThanks: 'شكرًا لك، ملاحظاتك تساعدنا على التحسين.',
  copyLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط',
  linkField: 'رابط هذه المقالة',
} as const;

export default ar satisfies HelpArticleStrings;
