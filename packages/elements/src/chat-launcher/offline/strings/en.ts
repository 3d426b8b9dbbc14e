import type { Strings } from '../../../i18n/strings.js';

/** English chatOffline strings (the chat launcher's offline message form): the source every translation in this folder follows. */
const en = {
  title: 'Leave a message',
  intro: 'Our agents are away right now. Write to us and support answers by email.',
  name: 'Your name',
  emailOnFile: 'The email on your order: the answer and a copy of your message go here.',
  emailHint: 'The answer and a copy of your message go here.',
  change: 'Use another email',
  message: 'Your message',
  messageHint: 'What you wrote in the chat is already here. Change it as you like.',
  order: 'About order {{reference}}',
  send: 'Send message',
  sending: 'Sending your message…',
  errName: 'Enter your name.',
  errMessage: 'Write your message, at least 2 characters.',
  errNetwork: 'Your message could not be sent. Check your connection and try again: what you wrote is kept.',
  errOnline: 'Our agents are back: ask for a person in the chat instead.',
  sentTitle: 'Message sent',
  sentAnswer: 'Support answers by email by {{time}}.',
  sentCopy: 'A copy of your message was mailed to {{email}}.',
} as const;

export default en;
export type ChatOfflineStrings = Strings<typeof en>;
