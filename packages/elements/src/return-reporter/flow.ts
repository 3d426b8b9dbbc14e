import type { Order, OrderSummary, Problem, Return, ReturnPreview } from '@assist/contract';
import { createClient, type AssistClient } from '@assist/client';
import { getConfig } from '../config.js';
import { getOrder, getProblem, getReturn, listOrders, previewReturn, verifyShopper } from '@assist/contract/endpoints';
import type { nothing, ReactiveController, TemplateResult } from 'lit';
import { LocalizeController } from '../i18n/localize-controller.js';
import { returnReporterStrings } from './strings/index.js';
import type { TranslationKey } from '../i18n/strings.js';
import { focusOn, type Host, type Key, type ReporterMode, type ReporterStep } from './context.js';
import { blank, DraftController, FREE_TEXT, returnBody, type Fields } from './draft.js';
import { redactFields } from '../internal/redact.js';
import { act, type Editing } from './edit.js';
import type * as Rules from './return-reporter.rules.js';
import type { StatusAction, StatusContext, StatusView } from './status/status.js';
import type { Attachments } from '../internal/attachments/attachments.js';
import { failure, heading } from './views/kit.js';
import { Validation } from './validation.js';
import { run } from './request.js';

const FLOW: Record<ReporterMode, readonly ReporterStep[]> = {
  return: ['find', 'items', 'reason', 'method', 'review'],
  problem: ['find', 'details', 'review'],
};

let instances = 0;

/**
 * The return reporter's flow, a small state machine: the form's steps (find the order, items,
 * reason, method and tracking, review; a problem: find, details, review), then the confirmation
 * (`done`), and the status of a return or problem (`status`), where a return can be changed. Starts
 * (or resumes a draft) on the element's first update and again when it is given a case or a token.
 * It makes the component's requests with its own API client (the shared one must never carry this
 * shopper's token), one at a time (`busy`), keeping what failed and a way to try again.
 */
export class ReporterFlow implements ReactiveController, StatusContext {
  view: 'form' | 'done' | 'status' = 'form';
  step: ReporterStep = 'find';
  orders: OrderSummary[] | undefined;
  order: Order | undefined;
  preview: ReturnPreview | undefined;
  ret: Return | undefined;
  problem: Problem | undefined;
  /** The status view, once its module has loaded. */
  status: StatusView | undefined;
  /** The files being attached, once the shopper picked one (or a draft had some): see views/files.ts. */
  files: Attachments | undefined;
  filesModule: Promise<Attachments> | undefined;
  /** What the live region says. */
  notice = '';
  busy = false;
  /** What the last request's failure means to the shopper. */
  error: string | undefined;
  /** Tries the failed request again, when that can help. */
  retry: (() => void) | undefined;
  readonly i18n: LocalizeController;
  readonly draft: DraftController;
  readonly check: Validation;
  /** What is being changed of a reported return, or `confirm` while cancelling waits for the shopper's confirmation. */
  editing: Editing | undefined;
  /** The copy of the return's fields being changed. */
  changes: Fields = blank();
  readonly host: Host;
  readonly #uid = `assist-return-reporter-${++instances}`;
  #statusModule: Promise<unknown> | undefined;
  /** The case and token of the last update, to see what changed. */
  #seen: unknown[] = [];

  constructor(host: Host) {
    this.host = host;
    this.i18n = new LocalizeController(host, returnReporterStrings);
    this.draft = new DraftController(host);
    this.check = new Validation(this);
    host.addController(this);
  }

  hostUpdate(): void {
    const { returnId, problemId, token, hasUpdated } = this.host;
    const seen = this.#seen;
    this.#seen = [`${returnId} ${problemId}`, token];
    if (!hasUpdated) void this.#start();
    else if ((returnId || problemId) && seen[0] !== this.#seen[0]) {
      this.ret = this.problem = this.editing = undefined;
      void this.#start();
    } else if (token && token !== seen[1] && this.view === 'form' && this.step === 'find' && !this.orders) void this.#start();
  }

  get mode(): ReporterMode {
    return this.host.mode;
  }

  get steps(): readonly ReporterStep[] {
    return FLOW[this.mode];
  }

  /** The fields being edited: the draft in the form, the return's copy in the status view. */
  get fields(): Fields {
    return this.view === 'form' ? this.draft.data : this.changes;
  }

  t(key: Key, values?: Record<string, string | number>): string {
    return this.i18n.t(`returnReporter.${key}` as TranslationKey, values);
  }

  // What the status view is lent (see status/status.ts): the flow's state, its formatting and the form's pieces.

  money(value: { amount: number; currency: string }): string {
    return this.i18n.money(value.amount, value.currency);
  }

  date(value: string): string {
    return this.i18n.date(value);
  }

  heading(text: string): TemplateResult {
    return heading(this, text);
  }

  failure(): TemplateResult | typeof nothing {
    return failure(this);
  }

  editor(title: string, intro: string | undefined): TemplateResult {
    // Opening the editor loads the rules and these views first (edit.ts).
    return this.check.views!.editor(this, title, intro);
  }

  act(action: StatusAction): void {
    act(this, action);
  }

  /** An id unique to this element. */
  id(name: string): string {
    return `${this.#uid}-${name}`;
  }

  /** How many of an item the return may hold: what is still returnable, plus what the return being changed holds. */
  max(itemId: string): number {
    const own = this.view === 'form' ? 0 : (this.ret?.items.find((i) => i.itemId === itemId)?.quantity ?? 0);
    return (this.order?.items.find((i) => i.id === itemId)?.returnableQuantity ?? 0) + own;
  }

  announce(text: string): void {
    // Cleared first, so the same message is announced again.
    this.notice = '';
    void this.host.updateComplete.then(() => {
      this.notice = text;
      this.host.requestUpdate();
    });
  }

  /** Shows the change and moves focus to the heading (`h`) or another element by its id. */
  focus(name = 'h'): void {
    this.host.requestUpdate();
    focusOn(this.host, `#${this.id(name)}`);
  }

  /** The page's token, else one from verifying with the order reference. */
  get token(): string | undefined {
    return this.host.token || this.draft.data.token;
  }

  /** Where the API is. */
  get base(): string {
    return this.host.apiBase || getConfig().apiBase;
  }

  /** A client for one request, with the element's API, timeout, token and language (a client keeps nothing else). */
  get api(): AssistClient {
    return createClient({
      baseUrl: this.host.apiBase || getConfig().apiBase,
      timeoutMs: this.host.timeout,
      token: this.token,
      locale: this.i18n.tag,
      clientId: getConfig().clientId,
    });
  }

  /** Shows a failure (or none), with a way to try again. */
  show(error: string | undefined, retry?: () => void): void {
    this.error = error;
    this.retry = retry;
    this.host.requestUpdate();
  }

  /** Forgets the draft and starts a new report. */
  restart(): void {
    this.draft.clear();
    this.files?.clear();
    this.ret = this.problem = this.preview = this.order = undefined;
    this.view = 'form';
    this.go('find');
    void this.#start();
  }

  async #start(): Promise<void> {
    if (this.host.returnId || this.host.problemId) {
      this.view = 'status';
      if (this.token) await this.loadCase();
      else this.view = 'form';
      return;
    }
    this.draft.load();
    const d = this.draft.data;
    const orderId = d.orderId ?? (this.host.orderId && this.token ? this.host.orderId : undefined);
    if (orderId && this.token && (await this.loadOrder(orderId))) {
      d.orderId = orderId;
      await this.#resume(d.step === 'find' ? this.steps[1]! : d.step, true);
      return;
    }
    if (this.token) await this.#loadOrders();
  }

  async #loadOrders(): Promise<boolean> {
    return (
      (await run(
        this,
        async () => (this.orders = (await this.api.call(listOrders)).orders),
        () => void this.#loadOrders(),
      )) !== undefined
    );
  }

  async loadOrder(id: string): Promise<boolean> {
    return (
      (await run(
        this,
        async () => (this.order = await this.api.call(getOrder, { params: { id } })),
        () => void this.loadOrder(id),
      )) !== undefined
    );
  }

  /** The status view and the payment plan table: loaded when the review or a status is about to show. */
  loadStatus(): Promise<unknown> {
    return (this.#statusModule ??= import('./status/status.js').then(
      (m) => {
        this.status = m.attach(this.host);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // Not cached: the next attempt loads it again.
        this.#statusModule = undefined;
        throw error;
      },
    ));
  }

  /** Loads the shown return or problem (again); `quiet` keeps the view and focus where they are. */
  async loadCase(quiet = false): Promise<void> {
    const id = this.ret?.id ?? this.host.returnId;
    const problem = this.problem?.id ?? this.host.problemId;
    await run(
      this,
      async () => {
        await this.loadStatus();
        if (id) this.ret = await this.api.call(getReturn, { params: { id } });
        else if (problem) this.problem = await this.api.call(getProblem, { params: { id: problem } });
        if (!quiet) {
          this.view = 'status';
          this.focus();
        }
      },
      () => void this.loadCase(quiet),
    );
  }

  /** Continues at a step; the review of a return first asks the API what it does to the payment plan. */
  async #resume(step: ReporterStep, quiet = false): Promise<void> {
    // The steps after the first show with the contract's rules (their lists, their checks).
    const rules = await this.check.load();
    if (!rules) return;
    if (step !== 'review') return this.go(step, quiet);
    const returning = this.mode === 'return';
    const draft = returnBody(this.draft.data, this.order);
    const body = returning ? rules.CreateReturnRequest.safeParse(draft) : undefined;
    if (body && !body.success) return this.go('items', quiet);
    const [preview] = (await run(
      this,
      async () =>
        Promise.all([
          returning ? this.api.call(previewReturn, { body: (await redactFields(body?.data ?? draft, FREE_TEXT)) as Rules.CreateReturnRequest }) : undefined,
          this.loadStatus(),
        ]),
      () => void this.#resume(step),
    )) ?? [null];
    if (preview === null) return;
    this.preview = preview;
    this.go('review', quiet);
  }

  go(step: ReporterStep, quiet = false): void {
    this.step = this.draft.data.step = step;
    this.check.errors = {};
    this.error = undefined;
    this.draft.save();
    this.host.requestUpdate();
    if (quiet) return;
    this.host.emit('assist-return-step', { mode: this.mode, step });
    this.focus();
  }

  async next(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy) return;
    this.draft.touched = true;
    if (this.step === 'find') return this.#find();
    // Not on from the files, nor sent, before every file is uploaded: their field says why.
    const waiting = this.files?.waiting;
    const at = this.mode === 'problem' ? 'details' : 'reason';
    if (waiting && (this.step === at || this.step === 'review')) {
      if (this.step !== at) this.go(at);
      return this.check.set({ attachments: waiting });
    }
    // The review step shows only once the rules and the later steps' code (submitting with it) are loaded.
    if (this.step === 'review') return this.check.views?.submit(this);
    if (!this.check.check(this.step)) return;
    await this.#resume(this.steps[this.steps.indexOf(this.step) + 1]!);
  }

  async #find(): Promise<void> {
    const d = this.draft.data;
    // After verifying again (a reload with an expired token), the shopper continues where they were.
    const { step, orderId } = d;
    if (!this.token) {
      const rules = await this.check.load();
      if (!rules) return;
      const result = rules.VerifyRequest.safeParse({ orderReference: d.reference, [d.contact]: d[d.contact] });
      if (!result.success) return this.check.show(result.error.issues);
      const verified = await run(this, () => this.api.call(verifyShopper, { body: result.data }));
      if (!verified) return;
      d.token = verified.token;
      d.expires = verified.expiresAt;
      this.draft.save();
      if (this.host.returnId || this.host.problemId) return this.loadCase();
      if (!(await this.#loadOrders())) return;
      d.orderId = this.orders!.find((o) => o.reference === result.data.orderReference)?.id;
      this.draft.save();
      // A fresh verification shows the shopper's orders with the one they named chosen; a draft continues.
      if (step === 'find' || orderId !== d.orderId) return this.go('find');
    } else if (!d.orderId) {
      return this.check.set({ order: this.t('errOrder') });
    }
    if (!(await this.loadOrder(d.orderId!))) return;
    if (this.mode === 'return' && !this.order!.items.some((i) => i.returnableQuantity > 0)) {
      // The message replaces the button the shopper pressed: focus goes to it.
      this.show(this.t('errNothing'));
      return focusOn(this.host, '.failure p');
    }
    // Items chosen for another order do not carry over.
    for (const id of Object.keys(d.items)) if (!this.order!.items.some((i) => i.id === id)) delete d.items[id];
    await this.#resume(step !== 'find' && orderId === d.orderId ? step : this.steps[1]!);
  }
}
