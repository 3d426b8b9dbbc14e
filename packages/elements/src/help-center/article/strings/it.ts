import type { HelpArticleStrings } from './en.js';

const it = {
  related: 'Articoli correlati',
  updated: 'Aggiornato il {{date}}',
  helpfulQuestion: 'Questo articolo ti è stato utile?',
  helpfulYes: 'Sì',
  helpfulNo: 'No',
  reasonLabel: 'Cosa non andava?',
  reasonUnclear: 'Non era chiaro',
  reasonIncomplete: 'Mancava qualcosa',
  reasonNotMyQuestion: 'Non rispondeva alla mia domanda',
  reasonOutdated: 'Non era aggiornato',
  reasonOther: 'Altro',
  commentLabel: 'Dicci di più (facoltativo)',
  sendFeedback: 'Invia feedback',
  feedbackThanks: 'Grazie, il tuo feedback ci aiuta a migliorare.',
  copyLink: 'Copia link',
  linkCopied: 'Link copiato',
  linkField: 'Link a questo articolo',
} as const;

export default it satisfies HelpArticleStrings;
