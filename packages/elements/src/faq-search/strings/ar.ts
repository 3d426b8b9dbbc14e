import type { FaqSearchStrings } from './en.js';

const ar = {
  label: 'البحث في مقالات المساعدة',
  placeholder: 'ابحث، مثلًا: الإرجاع أو خطة الدفع',
  clear: 'مسح البحث',
  searching: 'جارٍ البحث…',
  results_zero: 'لم يتم العثور على أي مقالة',
  results_one: 'تم العثور على مقالة واحدة',
  results_two: 'تم العثور على مقالتين',
  results_few: 'تم العثور على {{count}} مقالات',
  results_many: 'تم العثور على {{count}} مقالة',
  results_other: 'تم العثور على {{count}} مقالة',
  instructions: 'استخدم مفتاحَي السهم لأعلى ولأسفل لاختيار مقالة، ثم اضغط Enter لفتحها.',
  noResults: 'لا توجد مقالات تطابق «{{query}}».',
  noResultsHint: 'جرّب كلمات أخرى، أو اسألنا مباشرةً.',
  chat: 'تحدّث معنا',
  recent: 'عمليات البحث الأخيرة',
  clearRecent: 'مسح عمليات البحث الأخيرة',
  fallback: 'لم نجد مقالات مطابقة بلغتك، لذا نعرض لك هذه المقالات باللغة الإنجليزية.',
  error: 'البحث غير متاح حاليًا.',
} as const;

export default ar satisfies FaqSearchStrings;
