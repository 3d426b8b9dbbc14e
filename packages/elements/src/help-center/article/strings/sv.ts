import type { HelpArticleStrings } from './en.js';

const sv = {
  related: 'Relaterade artiklar',
  updated: 'Uppdaterad {{date}}',
  helpfulQuestion: 'Var artikeln till hjälp?',
  helpfulYes: 'Ja',
  helpfulNo: 'Nej',
  reasonLabel: 'Vad var fel?',
  reasonUnclear: 'Den var otydlig',
  reasonIncomplete: 'Något saknades',
  reasonNotMyQuestion: 'Den svarade inte på min fråga',
  reasonOutdated: 'Den var inaktuell',
  reasonOther: 'Något annat',
  commentLabel: 'Berätta mer (valfritt)',
  sendFeedback: 'Skicka feedback',
  feedbackThanks: 'Tack! Din feedback hjälper oss att bli bättre.',
  copyLink: 'Kopiera länk',
  linkCopied: 'Länken har kopierats',
  linkField: 'Länk till artikeln',
} as const;

export default sv satisfies HelpArticleStrings;
