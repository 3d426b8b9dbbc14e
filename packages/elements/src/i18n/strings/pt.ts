import type { CommonStrings } from './en.js';

const pt = {
  loading: 'A carregar…',
  retry: 'Tentar novamente',
  error: 'Ocorreu um erro. Tente novamente.',
  offline: 'De momento, não conseguimos ligar-nos ao serviço de apoio.',
  close: 'Fechar',
  back: 'Voltar',
  forward: 'Avançar',
} as const;

export default pt satisfies CommonStrings;
