import type { HelpArticleStrings } from './en.js';

const de = {
  related: 'Ähnliche Artikel',
  updated: 'Aktualisiert: {{date}}',
  helpfulQuestion: 'War dieser Artikel hilfreich?',
  helpfulYes: 'Ja',
  helpfulNo: 'Nein',
  reasonLabel: 'Was hat nicht gepasst?',
  reasonUnclear: 'Er war unklar',
  reasonIncomplete: 'Es fehlte etwas',
  reasonNotMyQuestion: 'Meine Frage wurde nicht beantwortet',
  reasonOutdated: 'Er war veraltet',
  reasonOther: 'Etwas anderes',
  commentLabel: 'Erzählen Sie uns mehr (optional)',
  sendFeedback: 'Feedback senden',
  feedbackThanks: 'Vielen Dank! Ihr Feedback hilft uns, besser zu werden.',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert',
  linkField: 'Link zu diesem Artikel',
} as const;

export default de satisfies HelpArticleStrings;
