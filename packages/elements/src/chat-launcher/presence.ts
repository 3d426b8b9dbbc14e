import type { ReactiveController } from 'lit';
import { beep } from './beep.js';
import type { ChatController, LauncherHost } from './chat-controller.js';

/**
 * New answers while the panel is closed, outside the launcher's own badge, both opt-in: their count in
 * the document title (`(2) Checkout`, the page's title restored when the panel opens, the count drops to
 * zero or the element leaves the page), and a short beep made with Web Audio, never before the shopper
 * has interacted with the page. Loaded with `import()` only by a launcher with `title-count` or `sound`.
 */
export class Presence implements ReactiveController {
  /** The page's own title while the count shows in it, and the title written. */
  #base: string | undefined;
  #written = '';
  /** Counted from the first update: answers already unread when the module loads do not beep. */
  #heard: number;

  constructor(
    readonly host: LauncherHost,
    readonly c: ChatController,
  ) {
    this.#heard = host.isOpen ? 0 : c.unread;
    host.addController(this);
  }

  hostUpdated(): void {
    const host = this.host;
    const count = host.isOpen ? 0 : this.c.unread;
    if (host.titleCount && count > 0) {
      // The page changed its title meanwhile: that is the title to restore.
      if (this.#base === undefined || document.title !== this.#written) this.#base = document.title;
      document.title = this.#written = `(${this.c.i18n.number(count)}) ${this.#base}`;
    } else this.#restore();
    if (host.sound && count > this.#heard) this.#beep();
    this.#heard = count;
  }

  hostDisconnected(): void {
    this.#restore();
  }

  #restore(): void {
    if (this.#base !== undefined && document.title === this.#written) document.title = this.#base;
    this.#base = undefined;
  }

  #beep(): void {
    // Browsers refuse audio before a user gesture; waiting for one also keeps a reload from beeping.
    if (navigator.userActivation?.hasBeenActive) beep();
  }
}
