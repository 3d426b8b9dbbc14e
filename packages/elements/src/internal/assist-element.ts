import { LitElement } from 'lit';
import type { AssistEventDetail, AssistEventName } from '../events.js';
import { startStrings } from '../i18n/i18n.js';

export interface EmitOptions {
  /** Lets a listener call `preventDefault()` to stop the component's default action. */
  cancelable?: boolean;
}

type Scheduler = { yield?: () => Promise<void> };

/**
 * Base class of every Assist component. Events leave the shadow root (`bubbles` and `composed`)
 * so a page can listen on `document`; `emit` answers false when a listener prevented the default.
 */
export class AssistElement extends LitElement {
  /**
   * The first render waits for a task of its own: defining and upgrading an element (module code,
   * `connectedCallback`) and drawing it are then shorter tasks, not one long one that holds up the
   * page's input. The first component on the page starts i18next in a task of its own in between (its
   * English strings are all there by then, so the first render shows them). Later updates are not
   * delayed. `updateComplete` covers the wait.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      await this.nextTask();
      if (startStrings()) await this.nextTask();
    }
    await super.scheduleUpdate();
  }

  /**
   * Resolves in a new task (to split work that would otherwise be one long task): `scheduler.yield()`
   * where the browser has it (it keeps the page's priority), else a timer.
   */
  protected nextTask(): Promise<unknown> {
    return (globalThis as { scheduler?: Scheduler }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
  }

  emit<K extends AssistEventName>(name: K, detail: AssistEventDetail<K>, options: EmitOptions = {}): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    return this.dispatchEvent(event);
  }
}
