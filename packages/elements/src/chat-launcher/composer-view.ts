import { containsCardNumber } from '@assist/contract/redact';
import type { Attachment } from '@assist/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { Attachments } from '../internal/attachments/attachments.js';
import type { ChatController } from './chat-controller.js';

/** The attachments module, loaded once, when the shopper picks a file or a message has files; they go up with the chat's token. */
const loadFiles = (c: ChatController): Promise<Attachments> =>
  (c.filesModule ??= import('../internal/attachments/attachments.js').then(({ Attachments }) => (c.files = new Attachments(c.host, { target: () => c.link?.client }))));

/** The files of a message (the module loads the first time one has some). */
export function shownFiles(c: ChatController, list: readonly Attachment[] | undefined): TemplateResult | typeof nothing {
  if (list?.length && !c.files) void loadFiles(c);
  return c.files?.shown(list) ?? nothing;
}

/** Files the shopper picked (the file input) or dropped (on the composer) go with the next message. */
function pick(c: ChatController, e: DragEvent): void {
  const input = e.target as HTMLInputElement;
  // While dragging, the files are not readable yet: none are added.
  const files = [...(e.dataTransfer ?? input).files!];
  if (files[0]) void loadFiles(c).then((f) => f.add(files));
  if (e.dataTransfer) e.preventDefault();
  else input.value = '';
}

/** Sends the message field (its button, or Enter). */
function submit(c: ChatController, event: Event): void {
  event.preventDefault();
  const field = c.host.renderRoot.querySelector<HTMLTextAreaElement>('.composer textarea')!;
  const text = field.value.trim();
  // Files go with words only, and only once uploaded: the list says why not yet.
  if (c.files ? !c.files.check(text) : !text) return;
  c.send(text.slice(0, 4000), undefined, c.files?.take());
  field.value = '';
  c.suggest(field);
  c.warn = false;
  c.change();
}

/**
 * The files being attached (once the shopper picked one), the attach button, the message field and its
 * send button, with a warning while the field holds what looks like a card number.
 */
export function composerView(c: ChatController): TemplateResult {
  // The form is also where files are dropped; the file input, named by its label, is the attach button.
  return html`<form class="composer" part="composer" @submit=${(e: Event) => submit(c, e)} @dragover=${(e: DragEvent) => pick(c, e)} @drop=${(e: DragEvent) => pick(c, e)}>
    ${c.files?.list(true)}
    <label class="button button--quiet attach">+<input type="file" class="visually-hidden" multiple accept="image/jpeg,image/png,image/webp,.pdf" aria-label=${c.t('chatLauncher.attach')} @change=${(e: DragEvent) => pick(c, e)} /></label>
    <label class="visually-hidden" for=${c.id('message')}>${c.t('chatLauncher.message')}</label>
    <textarea id=${c.id('message')} rows="2" maxlength="4000" data-autofocus aria-describedby=${c.id('warn')}
      @keydown=${(e: KeyboardEvent) => !c.suggestions?.fieldKey(e) && e.key === 'Enter' && !e.shiftKey && !e.isComposing && submit(c, e)}
      @input=${(e: Event) => {
        const field = e.target as HTMLTextAreaElement;
        c.warn = containsCardNumber(field.value);
        c.suggest(field);
        c.change();
      }}></textarea>
    <button class="button">${c.t('chatLauncher.send')}</button>
    <p class="composer__warn" id=${c.id('warn')} aria-live="polite">${c.warn ? c.t('chatLauncher.cardWarning') : ''}</p>
    <p class="visually-hidden" aria-live="polite">${c.suggestions?.status()} ${c.files?.said}</p>
    ${c.suggestions?.listView()}
  </form>`;
}
