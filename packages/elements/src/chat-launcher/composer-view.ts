import { html, type TemplateResult } from 'lit';
import type { ChatController } from './chat-controller.js';

/** The message field and its send button, with a warning while it holds what looks like a card number. */
export function composerView(c: ChatController): TemplateResult {
  return html`<form class="composer" part="composer" @submit=${c.submit}>
    <label class="visually-hidden" for=${c.id('message')}>${c.t('chatLauncher.message')}</label>
    <textarea id=${c.id('message')} rows="2" maxlength="4000" data-autofocus aria-describedby=${c.id('warn')} @keydown=${c.keydown} @input=${c.input}></textarea>
    <button class="button">${c.t('chatLauncher.send')}</button>
    <p class="composer__warn" id=${c.id('warn')} aria-live="polite">${c.warn ? c.t('chatLauncher.cardWarning') : ''}</p>
  </form>`;
}
