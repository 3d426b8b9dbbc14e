import type { TemplateResult } from 'lit';
import type { ChatController } from './chat-controller.js';
import { html, type Ui } from './ui.js';

/** The message field and its send button, with a warning while it holds what looks like a card number. */
export function composerView(ui: Ui, chat: ChatController): TemplateResult {
  return html`<form class="composer" part="composer" @submit=${chat.submit}>
    <label class="visually-hidden" for=${ui.id('message')}>${ui.t('chatLauncher.message')}</label>
    <textarea id=${ui.id('message')} rows="2" maxlength="4000" data-autofocus aria-describedby=${ui.id('warn')} @keydown=${chat.keydown} @input=${chat.input}></textarea>
    <button class="button">${ui.t('chatLauncher.send')}</button>
    <p class="composer__warn" id=${ui.id('warn')} aria-live="polite">${chat.warn ? ui.t('chatLauncher.cardWarning') : ''}</p>
  </form>`;
}
