import type { ReactiveController } from 'lit';
import { FOCUSABLE, type LauncherHost } from './chat-controller.js';

/** Chat and callback requests from other components are answered by one launcher. */
const handled = new WeakSet<Event>();

/** What the controller listens to on the document. */
const PAGE_EVENTS = ['focusin', 'assist-chat-request', 'assist-callback-request'] as const;

/**
 * The panel as a modal dialog: focus kept inside it while it is open (Tab wraps, Escape closes),
 * the launcher button kept off the page's focused element while it is closed, and requests to open
 * it from other components (`assist-chat-request`, `assist-callback-request`). It is the listener
 * itself (`handleEvent`): of the panel's keys and of those events on the document.
 */
export class PanelController implements ReactiveController, EventListenerObject {
  /** The button moved to the other corner: it covered the focused element. */
  dodge = false;
  readonly #host: LauncherHost;

  constructor(host: LauncherHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of PAGE_EVENTS) document.addEventListener(type, this);
  }

  hostDisconnected(): void {
    for (const type of PAGE_EVENTS) document.removeEventListener(type, this);
  }

  handleEvent(event: Event): void {
    if (event.type === 'keydown') this.#trap(event as KeyboardEvent);
    else if (event.type === 'focusin') this.#avoid(event);
    else if (!handled.has(event)) {
      handled.add(event);
      this.#host.open({ view: event.type === 'assist-callback-request' ? 'callback' : 'chat' });
    }
  }

  /** Keys in the panel: Escape closes it, Tab stays inside it. */
  #trap(event: KeyboardEvent): void {
    const host = this.#host;
    if (event.key === 'Escape') {
      event.preventDefault();
      host.close();
      return;
    }
    if (event.key !== 'Tab') return;
    const panel = host.renderRoot.querySelector('.panel')!;
    const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) =>
        el.getClientRects().length > 0 &&
        !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && [...panel.querySelectorAll<HTMLInputElement>(`input[name="${el.name}"]`)].some((r) => r.checked)),
    );
    const active = host.shadowRoot!.activeElement;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey ? active === first || !panel.contains(active) : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  }

  #avoid(event: Event): void {
    const host = this.#host;
    const target = event.composedPath()[0] as Element;
    if (host.isOpen) {
      // A modal panel keeps focus: anything outside sends it back in (opening an open panel focuses it).
      if (!host.contains(target) && !host.shadowRoot!.contains(target)) host.open();
      return;
    }
    if (host.shadowRoot!.contains(target) || !target.getBoundingClientRect) return;
    const button = host.renderRoot.querySelector('.launcher')?.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    // Covering the focused element: move to the other corner.
    if (button && box.left < button.right && box.right > button.left && box.top < button.bottom && box.bottom > button.top) {
      this.dodge = !this.dodge;
      host.requestUpdate();
    }
  }
}
