import type { AttachmentStrings } from './en.js';

const pt = {
  list: 'Ficheiros anexados',
  preparing: 'A preparar…',
  uploading: 'A carregar…',
  progress: 'Carregamento de {{name}}',
  done: 'Carregado',
  failed: 'Falha no carregamento',
  retry: 'Tentar novamente',
  remove: 'Remover',
  added: '{{name}} adicionado.',
  removed: '{{name}} removido.',
  failedNotice: 'Não foi possível carregar {{name}}. Tente novamente ou remova-o.',
  errType: '{{name}} não foi adicionado: só pode anexar fotografias JPEG, PNG ou WebP e ficheiros PDF.',
  errSize: '{{name}} não foi adicionado: tem mais de {{size}}.',
  errCount: '{{name}} não foi adicionado: pode anexar no máximo {{max}} ficheiros.',
  errEmpty: '{{name}} não foi adicionado: o ficheiro está vazio.',
  busy: 'Os seus ficheiros ainda estão a ser carregados. Aguarde um momento e depois envie.',
  failedFiles: 'Não foi possível carregar alguns ficheiros. Tente novamente ou remova-os antes de enviar.',
  textNeeded: 'Escreva uma mensagem para acompanhar os seus ficheiros.',
} as const;

export default pt satisfies AttachmentStrings;
