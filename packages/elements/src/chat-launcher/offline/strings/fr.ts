import type { ChatOfflineStrings } from './en.js';

const fr = {
  title: 'Laisser un message',
  intro: 'Nos conseillers ne sont pas disponibles pour le moment. Écrivez-nous et le service client vous répondra par e-mail.',
  name: 'Votre nom',
  emailOnFile: 'L’adresse e-mail de votre commande : la réponse et une copie de votre message y seront envoyées.',
  emailHint: 'La réponse et une copie de votre message y seront envoyées.',
  change: 'Utiliser une autre adresse e-mail',
  message: 'Votre message',
  messageHint: 'Ce que vous avez écrit dans le chat figure déjà ici. Modifiez-le à votre guise.',
  order: 'Concernant la commande {{reference}}',
  send: 'Envoyer le message',
  sending: 'Envoi de votre message…',
  errName: 'Saisissez votre nom.',
  errMessage: 'Écrivez votre message (au moins 2 caractères).',
  errNetwork: 'Votre message n’a pas pu être envoyé. Vérifiez votre connexion et réessayez : votre texte est conservé.',
  errOnline: 'Nos conseillers sont de retour : demandez plutôt à parler à quelqu’un dans le chat.',
  sentTitle: 'Message envoyé',
  sentAnswer: 'Le service client vous répondra par e-mail d’ici {{time}}.',
  sentCopy: 'Une copie de votre message a été envoyée à {{email}}.',
} as const;

export default fr satisfies ChatOfflineStrings;
