import { redactCardNumbers, type ChatMessage, type Money } from '@assist/contract';
import { mailStrings, RTL_LANGUAGES, type MailStrings } from './strings.js';

/**
 * The mails, as text and as HTML. Everything that comes from a person or the store (names, messages,
 * item names) is escaped for HTML and has card numbers replaced by their last four digits; dates and
 * amounts are written with Intl in the shopper's locale. The HTML has no remote images, scripts or
 * links to fetch: it reads the same offline as online.
 */
export interface RenderedMail {
  locale: string;
  subject: string;
  text: string;
  html: string;
}

/** What a mail says, before it is written out as text and HTML. */
interface MailBody {
  locale: string;
  subject: string;
  name: string | null;
  intro: string[];
  facts: { label: string; value: string }[];
  next: string | null;
  /** The shopper's own words (an offline message), shown as a quote. */
  quote: string | null;
  transcript: { who: string; at: string; text: string }[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** A shopper's or store's text as it may appear in a mail: card numbers redacted. */
const safe = (text: string): string => redactCardNumbers(text).text;

/** The canonical form of a locale tag, or English when it is not one. */
export function mailLocale(locale: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale ?? 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Intl formatters in the shopper's locale. */
export function mailFormat(locale: string, timeZone: string) {
  const tag = mailLocale(locale);
  return {
    money: (m: Money) => new Intl.NumberFormat(tag, { style: 'currency', currency: m.currency }).format(m.amount / 100),
    date: (iso: string) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(iso)),
    dateTime: (iso: string) => new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso)),
    time: (iso: string) => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso)),
  };
}

function render(body: MailBody): RenderedMail {
  const { language, strings: s } = mailStrings(body.locale);
  const dir = RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
  const subject = safe(body.subject);
  const intro = body.intro.map(safe);
  const facts = body.facts.map((f) => ({ label: f.label, value: safe(f.value) }));
  const quote = body.quote === null ? null : safe(body.quote);
  const lines = body.transcript.map((l) => ({ ...l, text: safe(l.text) }));

  const text = [
    s.hello(body.name),
    '',
    ...intro.flatMap((p) => [p, '']),
    ...(facts.length > 0 ? [...facts.map((f) => `${f.label}: ${f.value}`), ''] : []),
    ...(quote === null ? [] : [...quote.split('\n').map((l) => `> ${l}`), '']),
    ...lines.flatMap((l) => [`${l.who} (${l.at}):`, l.text, '']),
    ...(body.next === null ? [] : [`${s.nextSteps}:`, body.next, '']),
    s.regards,
    s.team,
    '',
    '--',
    s.footer,
    '',
  ].join('\n');

  const e = escapeHtml;
  const paragraphs = (text: string) => text.split('\n').map(e).join('<br>');
  const html = [
    '<!doctype html>',
    `<html lang="${e(mailLocale(body.locale))}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${e(subject)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:40em;margin:0 auto;padding:1em}dt{font-weight:600}dd{margin:0 0 .5em}blockquote{border-inline-start:3px solid #999;margin:1em 0;padding-inline-start:1em;color:#333}.who{font-weight:600;margin-bottom:0}.footer{color:#555;font-size:.875em;border-top:1px solid #ccc;padding-top:1em}</style>',
    '</head>',
    '<body>',
    `<p>${e(s.hello(body.name))}</p>`,
    ...intro.map((p) => `<p>${paragraphs(p)}</p>`),
    ...(facts.length > 0 ? ['<dl>', ...facts.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`), '</dl>'] : []),
    ...(quote === null ? [] : [`<blockquote><p>${paragraphs(quote)}</p></blockquote>`]),
    ...(lines.length > 0 ? ['<div>', ...lines.map((l) => `<p class="who">${e(l.who)} <small>${e(l.at)}</small></p><p>${paragraphs(l.text)}</p>`), '</div>'] : []),
    ...(body.next === null ? [] : [`<h2>${e(s.nextSteps)}</h2>`, `<p>${paragraphs(body.next)}</p>`]),
    `<p>${e(s.regards)}<br>${e(s.team)}</p>`,
    `<p class="footer">${e(s.footer)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { locale: mailLocale(body.locale), subject, text, html };
}

const empty = (locale: string, subject: string, name: string | null): MailBody => ({ locale, subject, name, intro: [], facts: [], next: null, quote: null, transcript: [] });

const authorLabel = (s: MailStrings, author: ChatMessage['author'], agentName: string | null): string =>
  author === 'shopper' ? s.you : author === 'assistant' ? s.assistant : author === 'agent' ? (agentName ?? s.agent) : s.system;

/** A copy of a chat. */
export function transcriptMail(input: {
  locale: string;
  timeZone: string;
  name: string | null;
  ticketId: string;
  agentName: string | null;
  messages: readonly ChatMessage[];
}): RenderedMail {
  const { strings: s } = mailStrings(input.locale);
  const f = mailFormat(input.locale, input.timeZone);
  return render({
    ...empty(input.locale, s.transcriptSubject(input.ticketId), input.name),
    intro: [s.transcriptIntro],
    facts: [{ label: s.reference, value: input.ticketId }],
    transcript: input.messages.map((m) => ({ who: authorLabel(s, m.author, input.agentName), at: f.dateTime(m.createdAt), text: m.text })),
  });
}

/** A return was reported. */
export function returnMail(input: {
  locale: string;
  timeZone: string;
  name: string | null;
  reference: string;
  orderReference: string;
  amount: Money;
  items: string[];
  /** Names of the files sent with the return (the files themselves are never mailed). */
  attachments?: readonly string[];
}): RenderedMail {
  const { strings: s } = mailStrings(input.locale);
  const f = mailFormat(input.locale, input.timeZone);
  return render({
    ...empty(input.locale, s.returnSubject(input.reference), input.name),
    intro: [s.returnIntro, input.items.join('\n')],
    facts: [
      { label: s.reference, value: input.reference },
      { label: s.order, value: input.orderReference },
      { label: s.amount, value: f.money(input.amount) },
      ...attachmentFact(s, input.attachments),
    ],
    next: s.returnNext,
  });
}

/** The names of the files sent with a case, as one fact; none when nothing was attached. */
const attachmentFact = (s: MailStrings, names: readonly string[] | undefined) => (names && names.length > 0 ? [{ label: s.attachments, value: names.join(', ') }] : []);

/** A problem was reported. */
export function problemMail(input: {
  locale: string;
  timeZone: string;
  name: string | null;
  reference: string;
  orderReference: string;
  deadline: string;
  /** Names of the files sent with the report (the files themselves are never mailed). */
  attachments?: readonly string[];
}): RenderedMail {
  const { strings: s } = mailStrings(input.locale);
  const f = mailFormat(input.locale, input.timeZone);
  return render({
    ...empty(input.locale, s.problemSubject(input.reference), input.name),
    intro: [s.problemIntro],
    facts: [{ label: s.reference, value: input.reference }, { label: s.order, value: input.orderReference }, ...attachmentFact(s, input.attachments)],
    next: s.problemNext(f.date(input.deadline)),
  });
}

/** A callback was booked. */
export function callbackMail(input: { locale: string; timeZone: string; name: string | null; reference: string; start: string; end: string }): RenderedMail {
  const { strings: s } = mailStrings(input.locale);
  const f = mailFormat(input.locale, input.timeZone);
  return render({
    ...empty(input.locale, s.callbackSubject(input.reference), input.name),
    intro: [s.callbackIntro(f.dateTime(input.start), f.time(input.end))],
    facts: [{ label: s.reference, value: input.reference }],
    next: s.callbackNext,
  });
}

/** An agent answered after the shopper had left the chat. */
export function agentAnsweredMail(input: { locale: string; timeZone: string; name: string | null; ticketId: string; agentName: string; message: ChatMessage }): RenderedMail {
  const { strings: s } = mailStrings(input.locale);
  const f = mailFormat(input.locale, input.timeZone);
  return render({
    ...empty(input.locale, s.answeredSubject, input.name),
    intro: [s.answeredIntro(input.agentName)],
    facts: [{ label: s.reference, value: input.ticketId }],
    transcript: [{ who: input.agentName, at: f.dateTime(input.message.createdAt), text: input.message.text }],
    next: s.answeredNext,
  });
}

/** The shopper's copy of an offline message. */
export function offlineCopyMail(input: { locale: string; name: string; reference: string; message: string }): RenderedMail {
  const { strings: s } = mailStrings(input.locale);
  return render({
    ...empty(input.locale, s.offlineCopySubject, input.name),
    intro: [s.offlineCopyIntro],
    quote: input.message,
    facts: [{ label: s.reference, value: input.reference }],
    next: s.offlineCopyNext,
  });
}

/** An offline message for the support inbox (in English, the team's language; the shopper's language is named). */
export function offlineSupportMail(input: {
  locale: string;
  market: string;
  name: string;
  email: string;
  reference: string;
  message: string;
  receivedAt: string;
  orderReference?: string;
}): RenderedMail {
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(mailLocale(input.locale)) ?? input.locale;
  return render({
    ...empty('en', `Offline message ${input.reference} from ${input.name}`, null),
    intro: ['A shopper wrote while the chat was closed. Answer them by email, in their language.'],
    facts: [
      { label: 'Reference', value: input.reference },
      { label: 'Name', value: input.name },
      { label: 'Email', value: input.email },
      { label: 'Market', value: input.market },
      { label: 'Language', value: language },
      { label: 'Received', value: input.receivedAt },
      ...(input.orderReference ? [{ label: 'Order', value: input.orderReference }] : []),
    ],
    quote: input.message,
  });
}
