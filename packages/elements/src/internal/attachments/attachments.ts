import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { loadLocale } from '../../i18n/i18n.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { TranslationKey } from '../../i18n/strings.js';
import { adopt } from './attachments.styles.js';
import { MAX_BYTES, MAX_FILES, type Attachment } from './limits.js';
import { prepare } from './prepare.js';
import { shown } from './shown.js';
import { typeOf } from './sniff.js';
import { attachmentStrings } from './strings/index.js';
import { cleanName, upload, UploadError, type UploadTarget } from './upload.js';

export type { Attachment, UploadTarget };
export { shown };

type Host = ReactiveControllerHost & HTMLElement;
type Key = TranslationKey extends infer K ? (K extends `attachments.${infer R}` ? R : never) : never;

/** One file of the list: being prepared (scaled, cleaned), uploading, failed, or uploaded. */
export interface Item {
  key: string;
  name: string;
  size: number;
  type: string;
  state: 'preparing' | 'uploading' | 'failed' | 'done';
  /** Share of the upload sent, 0 to 1. */
  sent: number;
  /** What is uploaded (kept for "Retry"). */
  body?: Blob | undefined;
  /** An object URL of the prepared photo (revoked when it leaves the list), or the API's url of one uploaded before. */
  preview?: string | undefined;
  attachment?: Attachment | undefined;
  controller?: AbortController | undefined;
}

export interface AttachmentsOptions {
  /** Where files go, read at each attempt (a token may have been renewed); none once the chat is gone. */
  target(): UploadTarget | undefined;
  /** The uploaded files changed (one finished, one was removed): e.g. keep them in a draft. */
  changed?(done: Attachment[]): void;
  /** Says something in the component's polite live region (else it renders `said` in one). */
  announce?(text: string): void;
  /** Files uploaded before (a restored draft). */
  initial?: readonly Attachment[] | undefined;
}

let keys = 0;
const newKey = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The files a shopper attaches to a form or a chat message, loaded with `import()` when they first
 * pick or drop one. Each file is checked before anything is sent (type by its content, size, count,
 * not empty); a photo is scaled to at most 2048 px and drawn again, which leaves its metadata (the
 * location it was taken) behind; then it is uploaded with its own Idempotency-Key, tried again on its
 * own after a failure that may pass, and offered for "Retry" after the last. The list shows each file
 * with a thumbnail, its size, progress and state, and a way to remove it.
 */
export class Attachments implements ReactiveController {
  items: Item[] = [];
  /** Why the files of the last pick were refused, one sentence each. */
  problems: string[] = [];
  /** The last thing said about the list, for a live region the component renders itself. */
  said = '';
  readonly i18n: LocalizeController;
  readonly #host: Host;
  readonly #options: AttachmentsOptions;

  constructor(host: Host, options: AttachmentsOptions) {
    this.#host = host;
    this.#options = options;
    this.i18n = new LocalizeController(host, attachmentStrings);
    adopt(host);
    const base = this.#base;
    for (const a of options.initial ?? []) {
      this.items.push({
        key: `a${++keys}`,
        name: a.fileName,
        size: a.size,
        type: a.contentType,
        state: 'done',
        sent: 1,
        attachment: a,
        preview: a.contentType === 'application/pdf' ? undefined : base + a.url,
      });
    }
    host.addController(this);
    host.requestUpdate();
  }

  /** Where the API is ('' once there is none: nothing shows or uploads then). */
  get #base(): string {
    return this.#options.target()?.baseUrl.replace(/\/$/, '') ?? '';
  }

  hostDisconnected(): void {
    for (const item of this.items) this.#drop(item);
  }

  t(key: Key, values?: Record<string, string | number>): string {
    return this.i18n.t(`attachments.${key}` as TranslationKey, values);
  }

  /** A size as people read it: 84 B, 312 kB, 2.4 MB (units of 1,000 bytes, the way file managers count them). */
  size(bytes: number): string {
    // English's short form of a byte is the word ("84 byte"); every other language has its own symbol (B, o, t, בייט).
    if (bytes < 1000 && this.i18n.locale === 'en') return `${this.i18n.number(bytes)} B`;
    const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
    return this.i18n.number(value, { style: 'unit', unit, maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0 });
  }

  /** The uploaded files. */
  get done(): Attachment[] {
    return this.items.flatMap((i) => (i.attachment ? [i.attachment] : []));
  }

  /** Why the form cannot be sent yet (a file still uploading, or failed), or undefined when it can. */
  get waiting(): string | undefined {
    if (this.items.some((i) => i.state === 'preparing' || i.state === 'uploading')) return this.t('busy');
    if (this.items.some((i) => i.state === 'failed')) return this.t('failedFiles');
    return undefined;
  }

  #say(text: string): void {
    this.said = text;
    this.#options.announce?.(text);
    this.#host.requestUpdate();
  }

  #changed(): void {
    this.#options.changed?.(this.done);
    this.#host.requestUpdate();
  }

  /**
   * Adds what the shopper picked or dropped: each file is checked (empty, over 10 MB, more than 5,
   * not a JPEG, PNG, WebP or PDF by its content); those refused are named with the reason, the rest
   * start uploading.
   */
  async add(files: Iterable<File>): Promise<void> {
    files = [...files];
    // What is said about the files is said in the shopper's language, whose strings may still be loading.
    await loadLocale(this.i18n.locale, [attachmentStrings]);
    const problems: string[] = [];
    const added: Item[] = [];
    for (const file of files) {
      const name = file.name || 'file';
      let problem: string | undefined;
      if (!file.size) problem = this.t('errEmpty', { name });
      else if (file.size > MAX_BYTES) problem = this.t('errSize', { name, size: this.size(MAX_BYTES) });
      else if (this.items.length + added.length >= MAX_FILES) problem = this.t('errCount', { name, max: MAX_FILES });
      const type = problem ? undefined : await typeOf(file);
      if (!problem && !type) problem = this.t('errType', { name });
      if (problem) {
        problems.push(problem);
        continue;
      }
      added.push({ key: newKey(), name: cleanName(name), size: file.size, type: type!, state: 'preparing', sent: 0, body: file });
    }
    this.items = [...this.items, ...added];
    this.problems = problems;
    this.#say([...added.map((i) => this.t('added', { name: i.name })), ...problems].join(' '));
    // The uploads go on after this answers: the caller shows the refusals at once.
    for (const item of added) void this.#start(item);
  }

  /** Prepares (photos) and uploads one file. */
  async #start(item: Item): Promise<void> {
    if (item.state === 'preparing') {
      const body = await prepare(item.body!, item.type as Attachment['contentType']);
      if (!this.items.includes(item)) return;
      if (!body) {
        // Its first bytes said photo, but it cannot be read as one.
        this.items = this.items.filter((i) => i !== item);
        this.problems = [...this.problems, this.t('errType', { name: item.name })];
        this.#say(this.problems.join(' '));
        return;
      }
      item.body = body;
      item.size = body.size;
      item.type = body.type || item.type;
      if (item.type !== 'application/pdf') item.preview = URL.createObjectURL(body);
    }
    item.state = 'uploading';
    item.sent = 0;
    const controller = (item.controller = new AbortController());
    this.#host.requestUpdate();
    try {
      item.attachment = await upload(
        () => {
          const target = this.#options.target();
          if (!target) throw new UploadError(0, 'gone', false);
          return target;
        },
        item.body!,
        item.name,
        item.type,
        item.key,
        (share) => {
          item.sent = share;
          this.#host.requestUpdate();
        },
        controller.signal,
      );
      item.state = 'done';
      item.sent = 1;
      item.size = item.attachment.size;
      this.#changed();
    } catch {
      // Removed while uploading; an upload stopped otherwise (the element left the page) can be retried.
      if (!this.items.includes(item)) return;
      item.state = 'failed';
      this.#say(this.t('failedNotice', { name: item.name }));
    }
  }

  /** Whether a message may go now: not while files upload or failed, and never files without words (the chat needs text); says why not. */
  check(text: string): boolean {
    const why = this.waiting ?? (text || !this.items.length ? undefined : this.t('textNeeded'));
    this.problems = why ? [why] : [];
    if (why) this.#say(why);
    return !why && !!text;
  }

  /** The uploaded files for the message being sent; the list empties for the next one. */
  take(): Attachment[] {
    const done = this.done;
    this.clear();
    return done;
  }

  /** Tries a failed upload again (same key: if the first got through, the API answers that one). */
  retry(item: Item): void {
    this.problems = [];
    void this.#start(item);
  }

  remove(item: Item): void {
    this.#drop(item);
    this.items = this.items.filter((i) => i !== item);
    this.problems = [];
    this.#say(this.t('removed', { name: item.name }));
    this.#changed();
  }

  /** Empties the list (the form or message was sent). */
  clear(): void {
    for (const item of this.items) this.#drop(item);
    this.items = [];
    this.problems = [];
    this.#host.requestUpdate();
  }

  #drop(item: Item): void {
    item.controller?.abort();
    if (item.preview?.startsWith('blob:')) URL.revokeObjectURL(item.preview);
  }

  /**
   * The list: each file with its thumbnail (or type), name, size, progress or state, Retry when it
   * failed and Remove; then, when asked, why files were refused (a form that shows them at its field
   * leaves them out).
   */
  list(problems = false): TemplateResult {
    const row = (item: Item) => {
      const { name, state } = item;
      // The buttons say which file they are for, their visible word first.
      const hidden = html`<span class="visually-hidden"> ${name}</span>`;
      const thumb = item.preview
        ? html`<img class="att__thumb" src=${item.preview} alt="" />`
        : html`<span class="att__icon" aria-hidden="true">${item.type === 'application/pdf' ? 'PDF' : '…'}</span>`;
      const progress =
        state === 'uploading'
          ? html`<progress max="1" .value=${item.sent} aria-label=${this.t('progress', { name })}></progress>`
          : state === 'preparing'
            ? html`<progress aria-label=${this.t('progress', { name })}></progress>`
            : nothing;
      const retry = state === 'failed' ? html`<button type="button" class="button button--quiet" @click=${() => this.retry(item)}>${this.t('retry')}${hidden}</button>` : nothing;
      return html`<li class="att att--${state}" data-key=${item.key}>
        ${thumb}
        <span class="att__about">
          <span class="att__name" dir="auto" title=${name}>${name}</span>
          <span class="muted"><bdi>${this.size(item.size)}</bdi> · <span class=${state === 'failed' ? 'error' : ''}>${this.t(state)}</span></span>
          ${progress}
        </span>
        <span class="att__actions">
          ${retry}
          <button type="button" class="button button--quiet" @click=${() => this.remove(item)}>${this.t('remove')}${hidden}</button>
        </span>
      </li>`;
    };
    return html`${this.items.length ? html`<ul class="att-list" aria-label=${this.t('list')}>${this.items.map(row)}</ul>` : nothing}
      ${problems && this.problems.length ? html`<ul class="att-problems">${this.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}`;
  }

  /** Attachments of a message or case (see shown.ts), under the component's API. */
  shown(attachments: readonly Attachment[] | undefined): TemplateResult | typeof nothing {
    return shown(this.#base, attachments, this.t('list'));
  }
}

/** Files a drop carries (none for text or links dragged in). */
export const dropped = (event: DragEvent): File[] => [...(event.dataTransfer?.files ?? [])];
