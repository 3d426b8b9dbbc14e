import type { AttachmentStrings } from './en.js';

const ar = {
  list: 'الملفات المرفقة',
  preparing: 'جارٍ التجهيز…',
  uploading: 'جارٍ الرفع…',
  progress: 'رفع {{name}}',
  done: 'تم الرفع',
  failed: 'تعذّر الرفع',
  retry: 'إعادة المحاولة',
  remove: 'إزالة',
  added: 'تمت إضافة {{name}}.',
  removed: 'تمت إزالة {{name}}.',
  failedNotice: 'تعذّر رفع {{name}}. أعد المحاولة أو أزِل الملف.',
  errType: 'لم تتم إضافة {{name}}: يمكن إرفاق صور JPEG أو PNG أو WebP وملفات PDF فقط.',
  errSize: 'لم تتم إضافة {{name}}: حجمه أكبر من {{size}}.',
  errCount: 'لم تتم إضافة {{name}}: يمكنك إرفاق {{max}} ملفات على الأكثر.',
  errEmpty: 'لم تتم إضافة {{name}}: الملف فارغ.',
  busy: 'لا يزال رفع ملفاتك جاريًا. انتظر لحظة ثم أرسل.',
  failedFiles: 'تعذّر رفع بعض الملفات. أعد المحاولة أو أزِلها قبل الإرسال.',
  textNeeded: 'اكتب رسالة ترافق ملفاتك.',
} as const;

export default ar satisfies AttachmentStrings;
