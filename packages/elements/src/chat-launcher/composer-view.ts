import { containsCardNumber } from '@assist/contract/redact';
import { html, type TemplateResult } from 'lit';
import type { ChatController } from './chat-controller.js';

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
  return html`<form class="composer" part="composer" @submit=${(e: Event) => submit(c, e)} @dragover=${c} @drop=${c}>
    ${c.files?.list(true)}
    <label class="button button--quiet attach">+<input type="file" class="visually-hidden" multiple accept="image/jpeg,image/png,image/webp,.pdf" aria-label=${c.t('chatLauncher.attach')} @change=${c} /></label>
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
