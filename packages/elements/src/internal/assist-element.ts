import { LitElement } from 'lit';
import type { AssistEventDetail, AssistEventName } from '../events.js';

export interface EmitOptions {
  /** Lets a listener call `preventDefault()` to stop the component's default action. */
  cancelable?: boolean;
}

/**
 * Base class of every Assist component. Events leave the shadow root (`bubbles` and `composed`)
 * so a page can listen on `document`; `emit` answers false when a listener prevented the default.
 */
export class AssistElement extends LitElement {
  emit<K extends AssistEventName>(name: K, detail: AssistEventDetail<K>, options: EmitOptions = {}): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    return this.dispatchEvent(event);
  }
}
