import type { HelpCenterStrings } from './en.js';

const ar = {
  title: 'كيف يمكننا مساعدتك؟',
  intro: 'اعثر على إجابات للأسئلة الشائعة، أو تواصل معنا.',
  topics: 'تصفّح حسب الموضوع',
  articles_zero: 'لا توجد مقالات',
  articles_one: 'مقالة واحدة',
  articles_two: 'مقالتان',
  articles_few: '{{count}} مقالات',
  articles_many: '{{count}} مقالة',
  articles_other: '{{count}} مقالة',
  breadcrumbs: 'أنت هنا',
  home: 'المساعدة',
  notFound: 'لم نتمكن من العثور على هذه المقالة.',
  allTopics: 'الرجوع إلى جميع المواضيع',
  contactTitle: 'هل ما زلت بحاجة إلى مساعدة؟',
  chat: 'تحدّث معنا',
  chatHint: 'يردّ مساعدنا فورًا، على مدار الساعة.',
  callback: 'طلب معاودة الاتصال',
  callbackHint: 'نتصل بك في الوقت الذي يناسبك.',
  phone: 'اتصل بنا',
  openUntil: 'مفتوح الآن حتى الساعة {{time}}',
  closedOpens: 'مغلق الآن، يفتح الساعة {{time}}',
  hoursToday: 'اليوم {{opens}}–{{closes}}',
  closedToday: 'مغلق اليوم',
  moreWays: 'طرق أخرى للمساعدة',
} as const;

export default ar satisfies HelpCenterStrings;
