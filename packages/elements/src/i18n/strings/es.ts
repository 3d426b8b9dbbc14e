import type { CommonStrings } from './en.js';

const es = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  error: 'Se ha producido un error. Inténtalo de nuevo.',
  offline: 'Ahora mismo no podemos conectar con el servicio de ayuda.',
  close: 'Cerrar',
  back: 'Volver',
  forward: 'Adelante',
} as const;

export default es satisfies CommonStrings;
