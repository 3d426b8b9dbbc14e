import type { HelpArticleStrings } from './en.js';

const pl = {
  related: 'Powiązane artykuły',
  updated: 'Zaktualizowano {{date}}',
  helpfulQuestion: 'Czy ten artykuł był pomocny?',
  helpfulYes: 'Tak',
  helpfulNo: 'Nie',
  reasonLabel: 'Co było nie tak?',
  reasonUnclear: 'Był niejasny',
  reasonIncomplete: 'Czegoś brakowało',
  reasonNotMyQuestion: 'Nie odpowiadał na moje pytanie',
  reasonOutdated: 'Był nieaktualny',
  reasonOther: 'Coś innego',
  commentLabel: 'Powiedz nam więcej (opcjonalnie)',
  sendFeedback: 'Wyślij opinię',
  feedbackThanks: 'Dziękujemy! Twoja opinia pomaga nam się rozwijać.',
  copyLink: 'Kopiuj link',
  linkCopied: 'Link skopiowany',
  linkField: 'Link do tego artykułu',
} as const;

export default pl satisfies HelpArticleStrings;
