import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ComboboxHost = ReactiveControllerHost & HTMLElement;

/**
 * Keyboard navigation of an ARIA combobox with a listbox popup (WAI-ARIA "combobox" pattern): focus
 * stays in the field, the arrow keys, Home and End move the active option (`aria-activedescendant`),
 * which is scrolled into view; Enter chooses it, Escape closes the popup, then empties the field.
 * A subclass says what the options are and what choosing one does.
 */
export abstract class ComboboxController implements ReactiveController {
  /** Whether the popup shows. */
  open = false;
  /** The active option, -1 for none. */
  active = -1;

  protected readonly host: ComboboxHost;
  #shown = -1;

  constructor(host: ComboboxHost) {
    this.host = host;
    host.addController(this);
  }

  /** How many options the popup shows now. */
  protected abstract count(): number;
  /** Whether a closed popup has something to show when ArrowDown opens it. */
  protected abstract filled(): boolean;
  /** The shopper chose option `index` (Enter on the active option, or a click). */
  abstract choose(index: number): void;
  /** Enter with no active option; answers whether it did something. */
  protected abstract submit(): boolean;
  /** Escape with the popup closed; answers whether it did something. */
  protected abstract dismiss(): boolean;
  /** The id of option `index` in the host's shadow root. */
  abstract optionId(index: number): string;

  hostUpdated(): void {
    if (this.active !== this.#shown && (this.#shown = this.active) >= 0) {
      this.host.shadowRoot?.getElementById(this.optionId(this.active))?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Shows or hides the popup, keeping the active option. */
  show(open = true): void {
    this.open = open;
    this.host.requestUpdate();
  }

  /** Hides the popup with no option active. */
  close(): void {
    this.active = -1;
    this.show(false);
  }

  readonly keydown = (event: KeyboardEvent): void => {
    const count = this.count();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) this.open = this.filled();
        else if (count > 0) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Home':
      case 'End':
        if (this.open && this.active >= 0 && count > 0) {
          event.preventDefault();
          this.active = event.key === 'Home' ? 0 : count - 1;
        }
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        } else if (this.submit()) event.preventDefault();
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.close();
        } else if (this.dismiss()) event.preventDefault();
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  /** Focus left the host (not for another part of it): the popup closes. */
  readonly focusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.host.shadowRoot?.contains(next)) this.close();
  };
}
