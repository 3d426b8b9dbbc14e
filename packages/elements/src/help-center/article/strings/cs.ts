import type { HelpArticleStrings } from './en.js';

const cs = {
  related: 'Související články',
  updated: 'Aktualizováno {{date}}',
  helpfulQuestion: 'Pomohl vám tento článek?',
  helpfulYes: 'Ano',
  helpfulNo: 'Ne',
  reasonLabel: 'Co nebylo v pořádku?',
  reasonUnclear: 'Byl nesrozumitelný',
  reasonIncomplete: 'Něco v něm chybělo',
  reasonNotMyQuestion: 'Neodpověděl na můj dotaz',
  reasonOutdated: 'Byl zastaralý',
  reasonOther: 'Něco jiného',
  commentLabel: 'Řekněte nám víc (nepovinné)',
  sendFeedback: 'Odeslat hodnocení',
  feedbackThanks: 'Děkujeme, vaše zpětná vazba nám pomáhá se zlepšovat.',
  copyLink: 'Kopírovat odkaz',
  linkCopied: 'Odkaz byl zkopírován',
  linkField: 'Odkaz na tento článek',
} as const;

export default cs satisfies HelpArticleStrings;
