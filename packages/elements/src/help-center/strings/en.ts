import type { Strings } from '../../i18n/strings.js';

/** English helpCenter strings: the source every translation in this folder follows. */
const en = {
  title: 'How can we help?',
  intro: 'Find answers to common questions, or get in touch with us.',
  topics: 'Browse by topic',
  articles_one: '{{count}} article',
  articles_other: '{{count}} articles',
  breadcrumbs: 'You are here',
  home: 'Help',
  notFound: 'We couldn’t find that article.',
  allTopics: 'Back to all topics',
  contactTitle: 'Still need help?',
  chat: 'Chat with us',
  chatHint: 'Our assistant answers right away, day and night.',
  callback: 'Request a callback',
  callbackHint: 'We call you at a time that suits you.',
  phone: 'Call us',
  openUntil: 'Open now, until {{time}}',
  closedOpens: 'Closed now, opens {{time}}',
  hoursToday: 'Today {{opens}}–{{closes}}',
  closedToday: 'Closed today',
  moreWays: 'More ways we can help',
} as const;

export default en;
export type HelpCenterStrings = Strings<typeof en>;
