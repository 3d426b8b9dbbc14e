import type { CommonStrings } from './en.js';

const ar = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  error: 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  offline: 'يتعذّر علينا الوصول إلى خدمة المساعدة حاليًا.',
  close: 'إغلاق',
  back: 'رجوع',
  forward: 'التالي',
} as const;

export default ar satisfies CommonStrings;
