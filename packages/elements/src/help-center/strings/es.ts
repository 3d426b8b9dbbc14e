import type { HelpCenterStrings } from './en.js';

const es = {
  title: '¿Cómo podemos ayudarte?',
  intro: 'Encuentra respuestas a las preguntas frecuentes o ponte en contacto con nosotros.',
  topics: 'Explorar por tema',
  articles_one: '{{count}} artículo',
  articles_many: '{{count}} artículos',
  articles_other: '{{count}} artículos',
  breadcrumbs: 'Estás aquí',
  home: 'Ayuda',
  notFound: 'No hemos encontrado este artículo.',
  allTopics: 'Volver a todos los temas',
  contactTitle: '¿Aún necesitas ayuda?',
  chat: 'Chatea con nosotros',
  chatHint: 'Nuestro asistente responde al instante, a cualquier hora.',
  callback: 'Solicitar una llamada',
  callbackHint: 'Te llamamos cuando mejor te venga.',
  phone: 'Llámanos',
  openUntil: 'Abierto ahora, hasta las {{time}}',
  closedOpens: 'Cerrado ahora, abre a las {{time}}',
  hoursToday: 'Hoy {{opens}}–{{closes}}',
  closedToday: 'Cerrado hoy',
  moreWays: 'Más formas de ayudarte',
} as const;

export default es satisfies HelpCenterStrings;
