import type { HelpArticleStrings } from './en.js';

const fr = {
  related: 'Articles associés',
  updated: 'Mis à jour le {{date}}',
  helpfulQuestion: 'Cet article vous a-t-il été utile ?',
  helpfulYes: 'Oui',
  helpfulNo: 'Non',
  reasonLabel: 'Qu’est-ce qui n’allait pas ?',
  reasonUnclear: 'Ce n’était pas clair',
  reasonIncomplete: 'Il manquait des informations',
  reasonNotMyQuestion: 'Cela ne répondait pas à ma question',
  reasonOutdated: 'Ce n’était plus à jour',
  reasonOther: 'Autre chose',
  commentLabel: 'Dites-nous-en plus (facultatif)',
  sendFeedback: 'Envoyer mon avis',
  feedbackThanks: 'Merci ! Votre avis nous aide à nous améliorer.',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  linkField: 'Lien vers cet article',
} as const;

export default fr satisfies HelpArticleStrings;
