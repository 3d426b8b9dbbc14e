import { AssistElement } from '../internal/assist-element.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';
import type { Change, ProblemType, ReporterMode, ReporterStep, ReturnStatus } from './context.js';
import { ReporterFlow } from './flow.js';
import { reported } from './views/case.js';
import { form } from './views/form.js';
import { html } from './views/kit.js';
import { styles } from './return-reporter.styles.js';

export type { ProblemType, ReporterMode, ReporterStep, ReturnMethod, ReturnReason } from './context.js';

declare module '../events.js' {
  interface AssistEventMap {
    /** The shopper moved to another step of the form. */
    'assist-return-step': CustomEvent<{ mode: ReporterMode; step: ReporterStep }>;
    /** A return was reported. */
    'assist-return-submitted': CustomEvent<{ returnId: string; reference: string; orderId: string; amount: { amount: number; currency: string } }>;
    /** The shopper changed or cancelled a return. */
    'assist-return-updated': CustomEvent<{ returnId: string; reference: string; status: ReturnStatus; change: Change }>;
    /** A problem was reported. */
    'assist-problem-submitted': CustomEvent<{ problemId: string; reference: string; orderId: string; type: ProblemType; storeResponseDeadline: string }>;
  }
}

/**
 * @summary Report a return or a problem with an order, step by step, with photos or a receipt attached, and follow it:
 * timeline, paused payments, deadlines. Files are checked by their content (JPEG, PNG, WebP or PDF, at most 5 of up to
 * 10 MB), photos are scaled to 2048 px and lose their metadata (location) before they are uploaded; the code for it loads
 * when the shopper first picks or drops a file. Thumbnails need `img-src blob:` and the API's origin in a page's CSP.
 *
 * @event assist-return-step - The form moved to a step; `detail: { mode, step }`.
 * @event assist-return-submitted - A return was reported; `detail: { returnId, reference, orderId, amount }`.
 * @event assist-return-updated - A return was changed or cancelled; `detail: { returnId, reference, status, change }`.
 * @event assist-problem-submitted - A problem was reported; `detail: { problemId, reference, orderId, type, storeResponseDeadline }`.
 * @event assist-chat-request - The shopper asked to talk to someone about a problem; `detail: { source }`.
 *
 * @csspart base - The wrapper.
 * @csspart steps - The list of steps.
 * @csspart form - The form of the current step.
 * @csspart plan - The payment plan after the return.
 * @csspart timeline - The status timeline.
 *
 * @cssproperty --assist-color-accent - Buttons, the current step and completed timeline steps.
 * @cssproperty --assist-color-danger - Error messages and invalid fields.
 * @cssproperty --assist-color-surface - Background.
 * @cssproperty --assist-color-border - Fields and cards.
 * @cssproperty --assist-radius - Corner radius.
 */
export class AssistReturnReporter extends AssistElement {
  static override styles = [tokens, controls, styles];

  static override properties = {
    mode: { reflect: true },
    token: { attribute: false },
    returnId: { attribute: 'return-id', reflect: true },
    problemId: { attribute: 'problem-id', reflect: true },
    orderId: { attribute: 'order-id' },
    locale: { reflect: true },
    apiBase: { attribute: 'api-base' },
    theme: { reflect: true },
    timeout: { type: Number },
  };

  /** `return` (default) or `problem`. */
  mode: ReporterMode = 'return';
  /** A shopper token from the page (`auth/session`); without one the shopper verifies with the order reference. Never an attribute. */
  token?: string;
  /** Show the status of this return. */
  returnId?: string;
  /** Show the status of this problem. */
  problemId?: string;
  /** Start with this order (with a token), skipping the order choice. */
  orderId?: string;
  /** Language; defaults to `lang`, then `<html lang>`. */
  locale?: string;
  /** Where the Assist API lives; defaults to the SDK configuration. */
  apiBase?: string;
  /** `light`, `dark` or `auto`. */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** Milliseconds to wait for each answer of the API. */
  timeout = 10_000;

  /** The steps, the draft, validation and requests (see flow.ts). */
  readonly #flow = new ReporterFlow(this);

  /** Loads the shown return or problem again (e.g. after its status changed elsewhere). */
  async refresh(): Promise<void> {
    const { view } = this.#flow;
    if (view === 'status' || view === 'done') await this.#flow.loadCase(true);
  }

  /** Forgets the draft and starts a new report. */
  restart(): void {
    this.returnId = this.problemId = undefined;
    this.#flow.restart();
  }

  override render() {
    const f = this.#flow;
    return html`<div class="rr" part="base">
      ${f.view === 'form' ? form(f) : reported(f)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${f.notice}</div>
    </div>`;
  }
}
