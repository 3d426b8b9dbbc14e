import type { ChatMessage } from '@assist/contract';
import { createApp } from '../../mock-server/src/app.js';
import { ManualClock } from '../../mock-server/src/clock.js';
import { REPLY_LANGUAGES, type ReplyLanguage } from '../../mock-server/src/chat/format.js';
import type { Intent } from '../../mock-server/src/chat/intent-keywords.js';
import { SWITCH_PHRASES } from '../../mock-server/src/chat/language.js';
import { phrasesFor } from '../../mock-server/src/chat/phrases.js';
import type { ChatSessionRecord } from '../../mock-server/src/chat/records.js';
import { TOPIC_OF_INTENT, isAccountIntent } from '../../mock-server/src/chat/rule-assistant/tables.js';
import { ManualScheduler } from '../../mock-server/src/jobs/scheduler.js';
import { ARTICLES } from '../../mock-server/src/fixtures/help/index.js';
import { HOME_PAGE, type EvalPhrase } from './types.js';

/**
 * Scores evaluation phrases through the chat API: for each, a guest chat in the phrase's page locale
 * (market SE, a Wednesday morning), the phrase sent, and the assistant's first reply judged twice:
 * understood (the observable outcome of the intent, below) and written in the shopper's language (each
 * line of the reply traced back to a phrase table or a help article of one language: independent of
 * how the assistant guessed the language).
 */

export interface Scored extends EvalPhrase {
  understood: boolean;
  inLanguage: boolean;
  reply: string;
  /** The language the reply's lines were traced to, or null when they were not all of one. */
  replyLanguage: ReplyLanguage | null;
  /** The reply shows a help article that has no text in the shopper's language yet (answered in English meanwhile). */
  pendingContent: boolean;
}

type Outcome = { reply: ChatMessage; record: ChatSessionRecord };
const has = (m: ChatMessage, kind: string) => m.actions.some((a) => a.kind === kind);

/** What each intent must visibly produce for a guest (not verified) chat. */
function understood(intent: Intent, { reply, record }: Outcome): boolean {
  if (isAccountIntent(intent)) return has(reply, 'request_verification') && record.topic === TOPIC_OF_INTENT[intent];
  switch (intent) {
    case 'fraud':
      return record.level === 'fraud';
    case 'human':
      return record.handoff?.reason === 'shopper_request';
    case 'callback':
      return has(reply, 'request_callback');
    case 'charged_twice':
      return has(reply, 'request_agent') && record.topic === 'payments';
    case 'complaint':
      return has(reply, 'request_agent') && record.topic === 'account' && reply.articles.some((a) => a.slug === 'formal-complaint');
    case 'wants_to_return':
      return record.topic === 'returns' && reply.articles.some((a) => a.slug === 'how-to-return') && !has(reply, 'request_verification');
    case 'late_fee':
      return reply.articles.some((a) => a.slug === 'late-fee-charged' || a.slug === 'avoid-late-fees');
    case 'greeting':
      return reply.articles.length === 0 && reply.actions.some((a) => a.choices.some((c) => c.id.startsWith('topic:')) && !a.choices.some((c) => c.id === 'agent'));
    case 'thanks':
      return record.resolvedAt !== null;
    default:
      // A topic: answered on it, without a handoff, a verification or a person offered.
      return record.topic === intent && record.handoff === null && !has(reply, 'request_verification') && !has(reply, 'request_agent');
  }
}

/** Stands for a value filled into a phrase: text that no reply contains. */
const HOLE = '⟦value⟧';

/** Fragments of every text a language's phrase table can produce (the parts between the values filled in). */
function fragments(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const filled = (value as (...args: unknown[]) => unknown)(HOLE, HOLE, HOLE, HOLE);
    return typeof filled === 'string' ? filled.split(HOLE).flatMap((part) => part.split(/\d+/)) : [];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(fragments);
  return [];
}

export class LanguageJudge {
  readonly #fragments = new Map<ReplyLanguage, string[]>();
  readonly #articles = new Map<string, ReplyLanguage>();
  /** `language/slug` of every article written in that language. */
  readonly #written = new Set<string>();

  constructor(article: (slug: string, language: string) => { title: string; summary: string } | undefined, contentLanguages: readonly string[]) {
    for (const language of REPLY_LANGUAGES) {
      const texts = [...fragments(phrasesFor(language)), ...fragments(SWITCH_PHRASES[language])];
      this.#fragments.set(
        language,
        texts.map((t) => t.trim()).filter((t) => t.length >= 4),
      );
    }
    for (const language of contentLanguages) {
      if (!(REPLY_LANGUAGES as readonly string[]).includes(language)) continue;
      for (const seed of ARTICLES) {
        const a = article(seed.slug, language);
        if (!a) continue;
        const english = language === 'en' ? undefined : article(seed.slug, 'en');
        // An article missing in a language may be answered in English: that text stays English.
        if (english && english.title === a.title) continue;
        this.#written.add(`${language}/${seed.slug}`);
        this.#articles.set(a.title.trim(), language as ReplyLanguage);
        this.#articles.set(a.summary.trim(), language as ReplyLanguage);
      }
    }
  }

  /** Whether an article has text of its own in a language. */
  written(slug: string, language: ReplyLanguage): boolean {
    return this.#written.has(`${language}/${slug}`);
  }

  /** The language of one line: a help article's title or summary, else the phrase table whose fragments cover most of it. */
  line(line: string): ReplyLanguage | null {
    const article = this.#articles.get(line.trim());
    if (article) return article;
    let best: ReplyLanguage | null = null;
    let bestScore = 0;
    let tie = false;
    for (const [language, list] of this.#fragments) {
      let score = 0;
      for (const f of list) if (line.includes(f)) score += f.length;
      if (score > bestScore) [best, bestScore, tie] = [language, score, false];
      else if (score === bestScore && score > 0) tie = true;
    }
    return tie ? null : best;
  }

  /** The language of a reply: every line of it in one language, else null. */
  reply(text: string): ReplyLanguage | null {
    const languages = new Set(
      text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => this.line(l)),
    );
    return languages.size === 1 ? [...languages][0]! : null;
  }
}

export async function score(phrases: readonly EvalPhrase[]): Promise<Scored[]> {
  const clock = new ManualClock('2026-11-18T10:00:00.000Z');
  const { app, deps } = createApp({ clock, scheduler: new ManualScheduler(clock), tokenSecret: 'eval-token-secret', demo: true, random: () => 0 });
  const judge = new LanguageJudge((slug, language) => {
    try {
      return deps.help.article(slug, language as Parameters<typeof deps.help.article>[1]);
    } catch {
      return undefined;
    }
  }, deps.help.locales);
  const call = async (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const scored: Scored[] = [];
  let n = 0;
  for (const phrase of phrases) {
    n++;
    const started = await call(
      'POST',
      '/v1/chat/sessions',
      { locale: phrase.page, market: 'SE', recordingConsent: true },
      { 'idempotency-key': `eval-key-${String(n).padStart(24, '0')}` },
    );
    const id = (started.session as { id: string }).id;
    const auth = { authorization: `Bearer ${started.chatToken as string}` };
    const sent = await call('POST', `/v1/chat/sessions/${id}/messages`, { id: `eval-message-${String(n).padStart(6, '0')}`, text: phrase.text }, auth);
    const sequence = (sent as unknown as ChatMessage).sequence;
    const transcript = await app.request(`/v1/chat/sessions/${id}/transcript`, { headers: auth });
    const messages = ((await transcript.json()) as { messages: ChatMessage[] }).messages;
    const reply = messages.find((m) => m.author === 'assistant' && m.sequence > sequence);
    const record = await deps.store.chatSession(id);
    if (!reply || !record) {
      scored.push({ ...phrase, understood: false, inLanguage: false, reply: '', replyLanguage: null, pendingContent: false });
      continue;
    }
    const replyLanguage = judge.reply(reply.text);
    const pendingContent = reply.articles.some((a) => reply.text.includes(a.title) && !judge.written(a.slug, phrase.language));
    scored.push({
      ...phrase,
      understood: understood(phrase.intent, { reply, record }),
      inLanguage: replyLanguage === phrase.language,
      reply: reply.text,
      replyLanguage,
      pendingContent,
    });
  }
  return scored;
}

export interface Figures {
  count: number;
  /** Per cent understood. */
  understood: number;
  /** Per cent answered in the shopper's language. */
  inLanguage: number;
  /** Per cent answered in the shopper's language among replies whose help article exists in that language (or that show none). */
  inLanguageWritten: number;
  /** Replies showing an article not yet written in the shopper's language. */
  pendingContent: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

export function figures(list: readonly Scored[]): Figures {
  const written = list.filter((s) => !s.pendingContent);
  return {
    count: list.length,
    understood: percent(list.filter((s) => s.understood).length, list.length),
    inLanguage: percent(list.filter((s) => s.inLanguage).length, list.length),
    inLanguageWritten: percent(written.filter((s) => s.inLanguage).length, written.length),
    pendingContent: list.length - written.length,
  };
}

export function groupBy<K extends string>(list: readonly Scored[], key: (s: Scored) => K): Map<K, Figures> {
  const groups = new Map<K, Scored[]>();
  for (const s of list) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return new Map([...groups].map(([k, v]) => [k, figures(v)]));
}

/** Phrases sent from a page in another language than their own. */
export const crossPage = (s: EvalPhrase): boolean => s.page !== HOME_PAGE[s.language];
