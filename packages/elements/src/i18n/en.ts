/**
 * English UI strings: the source every translation follows. Keys ending in `_one`/`_other` are
 * plural forms (i18next suffixes from Intl.PluralRules); a translation adds the forms its language
 * needs (`_zero`, `_two`, `_few`, `_many`). `{{name}}` is interpolated; never put HTML in a string.
 */
export const en = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    error: 'Something went wrong. Please try again.',
    offline: 'We can’t reach the help service right now.',
    close: 'Close',
    back: 'Back',
    forward: 'Forward',
  },
  faqSearch: {
    label: 'Search help articles',
    placeholder: 'Search, e.g. return or payment plan',
    clear: 'Clear search',
    searching: 'Searching…',
    results_one: '{{count}} article found',
    results_other: '{{count}} articles found',
    instructions: 'Use the up and down arrow keys to choose an article and Enter to open it.',
    noResults: 'No articles match “{{query}}”.',
    noResultsHint: 'Try other words, or ask us directly.',
    chat: 'Chat with us',
    recent: 'Recent searches',
    clearRecent: 'Clear recent searches',
    fallback: 'No articles in your language matched, so these are in English.',
    error: 'Search is not available right now.',
  },
  helpCenter: {
    title: 'How can we help?',
    intro: 'Find answers to common questions, or get in touch with us.',
    topics: 'Browse by topic',
    articles_one: '{{count}} article',
    articles_other: '{{count}} articles',
    breadcrumbs: 'You are here',
    home: 'Help',
    related: 'Related articles',
    updated: 'Updated {{date}}',
    notFound: 'We couldn’t find that article.',
    allTopics: 'Back to all topics',
    helpfulQuestion: 'Was this article helpful?',
    helpfulYes: 'Yes',
    helpfulNo: 'No',
    reasonLabel: 'What was wrong?',
    reasonUnclear: 'It was unclear',
    reasonIncomplete: 'Something was missing',
    reasonNotMyQuestion: 'It didn’t answer my question',
    reasonOutdated: 'It was out of date',
    reasonOther: 'Something else',
    commentLabel: 'Tell us more (optional)',
    sendFeedback: 'Send feedback',
    feedbackThanks: 'Thank you, your feedback helps us improve.',
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
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape of a translation: the English keys, any text. */
export type Translation = Widen<typeof en>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type StripPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
/** Every key `t()` accepts, e.g. `faqSearch.results` (plural) or `common.retry`. */
export type TranslationKey = StripPlural<Leaves<typeof en>>;
