import type { HelpArticleStrings } from './en.js';

const nb = {
  related: 'Relaterte artikler',
  updated: 'Oppdatert {{date}}',
  helpfulQuestion: 'Var denne artikkelen nyttig?',
  helpfulYes: 'Ja',
  helpfulNo: 'Nei',
  reasonLabel: 'Hva var galt?',
  reasonUnclear: 'Den var uklar',
  reasonIncomplete: 'Noe manglet',
  reasonNotMyQuestion: 'Den svarte ikke på spørsmålet mitt',
  reasonOutdated: 'Den var utdatert',
  reasonOther: 'Noe annet',
  commentLabel: 'Fortell oss mer (valgfritt)',
  sendFeedback: 'Send tilbakemelding',
  feedbackThanks: 'Takk! Tilbakemeldingen din hjelper oss å bli bedre.',
  copyLink: 'Kopier lenke',
  linkCopied: 'Lenken er kopiert',
  linkField: 'Lenke til denne artikkelen',
} as const;

export default nb satisfies HelpArticleStrings;
