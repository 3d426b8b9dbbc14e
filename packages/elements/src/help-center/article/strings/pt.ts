import type { HelpArticleStrings } from './en.js';

const pt = {
  related: 'Artigos relacionados',
  updated: 'Atualizado a {{date}}',
  helpfulQuestion: 'Este artigo foi útil?',
  helpfulYes: 'Sim',
  helpfulNo: 'Não',
  reasonLabel: 'O que correu mal?',
  reasonUnclear: 'Não era claro',
  reasonIncomplete: 'Faltava informação',
  reasonNotMyQuestion: 'Não respondeu à minha pergunta',
  reasonOutdated: 'Estava desatualizado',
  reasonOther: 'Outro motivo',
  commentLabel: 'Conte-nos mais (opcional)',
  sendFeedback: 'Enviar comentário',
  feedbackThanks: 'Obrigado! A sua opinião ajuda-nos a melhorar.',
  copyLink: 'Copiar ligação',
  linkCopied: 'Ligação copiada',
  linkField: 'Ligação para este artigo',
} as const;

export default pt satisfies HelpArticleStrings;
