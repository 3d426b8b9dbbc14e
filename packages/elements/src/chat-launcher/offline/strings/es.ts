import type { ChatOfflineStrings } from './en.js';

const es = {
  title: 'Dejar un mensaje',
  intro: 'Nuestros agentes no están disponibles ahora mismo. Escríbenos y el equipo de atención te responderá por correo electrónico.',
  name: 'Tu nombre',
  emailOnFile: 'El correo de tu pedido: allí enviaremos la respuesta y una copia de tu mensaje.',
  emailHint: 'Allí enviaremos la respuesta y una copia de tu mensaje.',
  change: 'Usar otro correo electrónico',
  message: 'Tu mensaje',
  messageHint: 'Lo que escribiste en el chat ya está aquí. Cámbialo como quieras.',
  order: 'Sobre el pedido {{reference}}',
  send: 'Enviar mensaje',
  sending: 'Enviando tu mensaje…',
  errName: 'Escribe tu nombre.',
  errMessage: 'Escribe tu mensaje, de al menos 2 caracteres.',
  errNetwork: 'No se pudo enviar tu mensaje. Comprueba tu conexión e inténtalo de nuevo: lo que escribiste se conserva.',
  errOnline: 'Nuestros agentes ya están disponibles: pide hablar con una persona en el chat.',
  sentTitle: 'Mensaje enviado',
  sentAnswer: 'El equipo de atención te responderá por correo electrónico antes del {{time}}.',
  sentCopy: 'Hemos enviado una copia de tu mensaje a {{email}}.',
} as const;

export default es satisfies ChatOfflineStrings;
