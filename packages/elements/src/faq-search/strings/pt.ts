import type { FaqSearchStrings } from './en.js';

const pt = {
  label: 'Pesquisar nos artigos de ajuda',
  placeholder: 'Pesquise, p. ex. devolução ou plano de pagamento',
  clear: 'Limpar a pesquisa',
  searching: 'A pesquisar…',
  results_one: '{{count}} artigo encontrado',
  results_many: '{{count}} de artigos encontrados',
  results_other: '{{count}} artigos encontrados',
  instructions: 'Use as teclas de seta para cima e para baixo para escolher um artigo e prima Enter para o abrir.',
  noResults: 'Nenhum artigo corresponde a «{{query}}».',
  noResultsHint: 'Experimente outras palavras ou pergunte-nos diretamente.',
  chat: 'Fale connosco',
  recent: 'Pesquisas recentes',
  clearRecent: 'Limpar as pesquisas recentes',
  fallback: 'Não encontrámos artigos no seu idioma, por isso mostramos estes em inglês.',
  error: 'De momento, a pesquisa não está disponível.',
  showAll_one: 'Mostrar {{count}} artigo',
  showAll_many: 'Mostrar todos os {{count}} artigos',
  showAll_other: 'Mostrar todos os {{count}} artigos',
  showFirst_one: 'Mostrar o primeiro artigo',
  showFirst_many: 'Mostrar os primeiros {{count}} artigos',
  showFirst_other: 'Mostrar os primeiros {{count}} artigos',
  showMore: 'Mostrar mais',
  range: 'Artigos {{from}}–{{to}} de {{total}}',
} as const;

export default pt satisfies FaqSearchStrings;
