import type { Strings } from '../../../i18n/strings.js';

/** English helpArticle strings (the help center's article view): the source every translation in this folder follows. */
const en = {
  related: 'Related articles',
  updated: 'Updated {{date}}',
  helpfulQuestion: 'Was this article helpful?',
  helpfulYes: 'Yes',
  helpfulNo: 'No',
  reasonLabel: 'What was wrong?',
  reasonUnclear: 'It was unclear',
  reasonIncomplete: 'Something was missing',
  reasonNotMyQuestion: 'It didn’t answer my question',
  reasonOutdated: 'It was out of date',
  reasonOther: 'Something else',
  commentLabel: 'Tell us more (optional)',
  sendFeedback: 'Send feedback',
  feedbackThanks: 'Thank you, your feedback helps us improve.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkField: 'Link to this article',
} as const;

export default en;
export type HelpArticleStrings = Strings<typeof en>;
