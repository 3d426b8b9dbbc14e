import type { HelpArticleStrings } from './en.js';

const nl = {
  related: 'Gerelateerde artikelen',
  updated: 'Bijgewerkt op {{date}}',
  helpfulQuestion: 'Was dit artikel nuttig?',
  helpfulYes: 'Ja',
  helpfulNo: 'Nee',
  reasonLabel: 'Wat klopte er niet?',
  reasonUnclear: 'Het was onduidelijk',
  reasonIncomplete: 'Er ontbrak iets',
  reasonNotMyQuestion: 'Het beantwoordde mijn vraag niet',
  reasonOutdated: 'Het was verouderd',
  reasonOther: 'Iets anders',
  commentLabel: 'Vertel ons meer (optioneel)',
  sendFeedback: 'Feedback versturen',
  feedbackThanks: 'Bedankt! Je feedback helpt ons om beter te worden.',
  copyLink: 'Link kopiëren',
  linkCopied: 'Link gekopieerd',
  linkField: 'Link naar dit artikel',
} as const;

export default nl satisfies HelpArticleStrings;
