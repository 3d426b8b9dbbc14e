import type { FaqSearchStrings } from './en.js';

const es = {
  label: 'Buscar en los artículos de ayuda',
  placeholder: 'Buscar, p. ej., devolución o plan de pagos',
  clear: 'Borrar búsqueda',
  searching: 'Buscando…',
  results_one: '{{count}} artículo encontrado',
  results_many: '{{count}} artículos encontrados',
  results_other: '{{count}} artículos encontrados',
  instructions: 'Usa las flechas arriba y abajo para elegir un artículo y pulsa Intro para abrirlo.',
  noResults: 'Ningún artículo coincide con «{{query}}».',
  noResultsHint: 'Prueba con otras palabras o pregúntanos directamente.',
  chat: 'Chatea con nosotros',
  recent: 'Búsquedas recientes',
  clearRecent: 'Borrar búsquedas recientes',
  fallback: 'No hay artículos en tu idioma que coincidan, así que te mostramos estos en inglés.',
  error: 'La búsqueda no está disponible en este momento.',
  showAll_one: 'Mostrar {{count}} artículo',
  showAll_many: 'Mostrar los {{count}} artículos',
  showAll_other: 'Mostrar los {{count}} artículos',
  showFirst_one: 'Mostrar el primer artículo',
  showFirst_many: 'Mostrar los primeros {{count}} artículos',
  showFirst_other: 'Mostrar los primeros {{count}} artículos',
  showMore: 'Mostrar más',
  range: 'Artículos {{from}}–{{to}} de {{total}}',
} as const;

export default es satisfies FaqSearchStrings;
