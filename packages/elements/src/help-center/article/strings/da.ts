import type { HelpArticleStrings } from './en.js';

const da = {
  related: 'Relaterede artikler',
  updated: 'Opdateret {{date}}',
  helpfulQuestion: 'Var artiklen nyttig?',
  helpfulYes: 'Ja',
  helpfulNo: 'Nej',
  reasonLabel: 'Hvad var galt?',
  reasonUnclear: 'Den var uklar',
  reasonIncomplete: 'Der manglede noget',
  reasonNotMyQuestion: 'Den besvarede ikke mit spørgsmål',
  reasonOutdated: 'Den var forældet',
  reasonOther: 'Noget andet',
  commentLabel: 'Fortæl os mere (valgfrit)',
  sendFeedback: 'Send feedback',
  feedbackThanks: 'Tak! Din feedback hjælper os med at blive bedre.',
  copyLink: 'Kopiér link',
  linkCopied: 'Linket er kopieret',
  linkField: 'Link til denne artikel',
} as const;

export default da satisfies HelpArticleStrings;
