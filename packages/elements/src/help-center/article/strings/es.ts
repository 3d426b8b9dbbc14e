import type { HelpArticleStrings } from './en.js';

const es = {
  related: 'Artículos relacionados',
  updated: 'Actualizado el {{date}}',
  helpfulQuestion: '¿Te ha resultado útil este artículo?',
  helpfulYes: 'Sí',
  helpfulNo: 'No',
  reasonLabel: '¿Cuál era el problema?',
  reasonUnclear: 'No estaba claro',
  reasonIncomplete: 'Faltaba información',
  reasonNotMyQuestion: 'No respondía a mi pregunta',
  reasonOutdated: 'Estaba desactualizado',
  reasonOther: 'Otro motivo',
  commentLabel: 'Cuéntanos más (opcional)',
  sendFeedback: 'Enviar comentarios',
  feedbackThanks: 'Gracias, tus comentarios nos ayudan a mejorar.',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  linkField: 'Enlace a este artículo',
} as const;

export default es satisfies HelpArticleStrings;
