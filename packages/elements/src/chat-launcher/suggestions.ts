import type { Article, SearchHit } from '@assist/contract';
import type { getArticle, searchHelp } from '@assist/contract/endpoints';
import { html, nothing, type TemplateResult } from 'lit';
import { renderArticleBody } from '../internal/article-body.js';
import type { ChatController } from './chat-controller.js';

/** How long the shopper pauses before the help articles are searched, and how much they must have typed. */
const PAUSE_MS = 300;
const MIN_LENGTH = 3;
const LIMIT = 3;
/** Twelve digits in a row (single spaces or dashes between them): what every card number has. Such a text is never searched. */
const MAY_HOLD_A_CARD = /\d(?:[ -]?\d){11}/;

/**
 * Help articles that may answer what the shopper is typing, and the article chosen among them, read
 * inside the chat. Loaded with `import()` the first time the message field gets input, so a chat that
 * never types costs no download for it.
 *
 * The suggestions are a list of buttons under the message field with a polite live region that says
 * how many there are (a `textarea` cannot be an ARIA combobox). Down arrow at the end of the text moves
 * into the list, the arrows move within it, Escape closes it; Enter in the field still sends.
 * A text that may hold a card number is never searched.
 */
export class Suggestions {
  hits: SearchHit[] = [];
  /** The article read in the chat: undefined while it loads, null when it could not be loaded. */
  article: { slug: string; title: string; loaded?: Article | null } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  /** The text the list was closed for (Escape, a choice): it does not open again until the text changes. */
  #dismissed = '';
  #text = '';

  /**
   * `routes`: the two routes it calls, passed in by the launcher. Imported here, the route table would
   * become a chunk of its own that the launcher imports too (measured: 0.4 KB gzip more for the launcher).
   */
  constructor(
    readonly c: ChatController,
    readonly routes: { searchHelp: typeof searchHelp; getArticle: typeof getArticle },
  ) {}

  /** The message field changed: search once the shopper pauses. */
  type(text: string): void {
    const q = text.trim();
    if (q === this.#text) return;
    this.#text = q;
    this.stop();
    if (q.length < MIN_LENGTH || MAY_HOLD_A_CARD.test(q)) {
      this.#show([]);
      return;
    }
    this.#timer = setTimeout(() => void this.#search(q), PAUSE_MS);
  }

  /** No search on its way (the chat left the page, a message was sent). */
  stop(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  async #search(q: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    try {
      const result = await this.c.client.call(this.routes.searchHelp, { query: { q, limit: String(LIMIT), locale: this.c.i18n.tag } }, { signal: abort.signal });
      if (!abort.signal.aborted && q !== this.#dismissed) this.#show(result.hits);
    } catch {
      // Aborted by newer text, or the search is unavailable: the chat goes on without suggestions.
      if (!abort.signal.aborted) this.#show([]);
    }
  }

  #show(hits: SearchHit[]): void {
    this.hits = hits;
    this.c.change();
  }

  /** Closes the list until the text changes; `focus` puts the keyboard back in the message field. */
  close(focus: boolean): void {
    this.#dismissed = this.#text;
    this.stop();
    this.#show([]);
    if (focus) void this.c.focus('.composer textarea');
  }

  /** Keys of the message field; true when the list took the key. */
  fieldKey(event: KeyboardEvent): boolean {
    if (!this.hits.length) return false;
    const field = event.target as HTMLTextAreaElement;
    if (event.key === 'Escape') this.close(false);
    else if (event.key === 'ArrowDown' && field.selectionStart === field.value.length) this.#option(0);
    else return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  }

  /** Keys of an option: the arrows move (up from the first goes back to the field), Escape closes the list. */
  #optionKey(event: KeyboardEvent, index: number): void {
    if (event.key === 'ArrowDown') this.#option((index + 1) % this.hits.length);
    else if (event.key === 'ArrowUp') {
      if (index === 0) void this.c.focus('.composer textarea');
      else this.#option(index - 1);
    } else if (event.key === 'Escape') this.close(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  #option(index: number): void {
    this.c.host.renderRoot.querySelectorAll<HTMLElement>('.suggest button')[index]?.focus();
  }

  /** Opens an article in the chat, unless a listener of `assist-article-select` takes over. */
  choose(hit: SearchHit): void {
    const { slug, id, title } = hit.article;
    this.close(false);
    if (this.c.host.emit('assist-article-select', { slug, id, title, query: this.#text }, { cancelable: true })) void this.read(slug, title);
  }

  /** Shows an article in the chat (a suggestion, or a link in an article), the focus on its title. */
  async read(slug: string, title: string): Promise<void> {
    const article: NonNullable<Suggestions['article']> = { slug, title };
    this.article = article;
    this.c.change();
    void this.c.focus('.article h3');
    try {
      article.loaded = await this.c.client.call(this.routes.getArticle, { params: { slug }, query: { locale: this.c.i18n.tag } });
      article.title = article.loaded.title;
    } catch {
      article.loaded = null;
    }
    this.c.change();
  }

  /** Back to the conversation, the keyboard in the message field (what was typed is still there). */
  back(): void {
    this.article = undefined;
    this.c.moved = true;
    this.c.change();
    void this.c.focus('.composer textarea');
  }

  /** The list under the message field. */
  listView(): TemplateResult | typeof nothing {
    const c = this.c;
    return this.hits.length
      ? html`<ul class="suggest" aria-label=${c.t('chatLauncher.suggestLabel')}>
          ${this.hits.map(
            (hit, i) =>
              html`<li><button type="button" class="link" @click=${() => this.choose(hit)} @keydown=${(e: KeyboardEvent) => this.#optionKey(e, i)}>${hit.article.title}</button></li>`,
          )}
        </ul>`
      : nothing;
  }

  /** What the live region says: how many articles may help, and how to reach them. */
  status(): string {
    const c = this.c;
    return this.hits.length ? `${c.t('chatLauncher.suggested', { count: this.hits.length })} ${c.t('chatLauncher.suggestHint')}` : '';
  }

  /** The article in place of the conversation. */
  articleView(): TemplateResult {
    const c = this.c;
    const article = this.article!;
    const loaded = article.loaded;
    return html`<section class="article" aria-labelledby=${c.id('article')}>
      <button type="button" class="link" @click=${() => this.back()}>${c.t('chatLauncher.backToChat')}</button>
      <h3 id=${c.id('article')} tabindex="-1">${article.title}</h3>
      ${
        loaded === undefined
          ? html`<p role="status">${c.t('common.loading')}</p>`
          : loaded === null
            ? html`<p role="alert">${c.t('common.error')}</p>
                <button type="button" class="button button--quiet" @click=${() => this.read(article.slug, article.title)}>${c.t('common.retry')}</button>`
            : renderArticleBody(loaded.blocks, {
                headingLevel: 4,
                articleHref: (slug) => `?article=${encodeURIComponent(slug)}`,
                onArticleLink: (slug, event) => {
                  event.preventDefault();
                  void this.read(slug, '');
                },
              })
      }
    </section>`;
  }
}
