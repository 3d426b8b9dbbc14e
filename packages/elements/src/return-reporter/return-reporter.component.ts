import type {
  Evidence,
  Order,
  OrderSummary,
  Problem,
  PROBLEM_TYPES,
  Return,
  RETURN_METHODS,
  RETURN_REASONS,
  RETURN_STATUSES,
  ReturnPreview,
} from '@assist/contract';
import { AssistApiError, createClient, newKey, type AssistClient } from '@assist/client';
import {
  cancelReturn,
  createProblem,
  createReturn,
  getOrder,
  getProblem,
  getReturn,
  listOrderProblems,
  listOrderReturns,
  listOrders,
  previewReturn,
  updateReturn,
  verifyShopper,
} from '@assist/contract/endpoints';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { getConfig } from '../config.js';
import { AssistElement } from '../internal/assist-element.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { TranslationKey } from '../i18n/strings.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';
import type * as Rules from './return-reporter.rules.js';
import type { StatusAction, StatusContext, StatusView } from './status/status.js';
import { styles } from './return-reporter.styles.js';
import { returnReporterStrings } from './strings/index.js';

export type ReporterMode = 'return' | 'problem';
export type ReporterStep = 'find' | 'items' | 'reason' | 'method' | 'details' | 'review';
export type ReturnReason = (typeof RETURN_REASONS)[number];
export type ReturnMethod = (typeof RETURN_METHODS)[number];
export type ProblemType = (typeof PROBLEM_TYPES)[number];
type ReturnStatus = (typeof RETURN_STATUSES)[number];
type Edit = 'items' | 'method' | 'tracking' | 'cancel';
type Key = TranslationKey extends infer K ? (K extends `returnReporter.${infer R}` ? R : never) : never;

declare module '../events.js' {
  interface AssistEventMap {
    /** The shopper moved to another step of the form. */
    'assist-return-step': CustomEvent<{ mode: ReporterMode; step: ReporterStep }>;
    /** A return was reported. */
    'assist-return-submitted': CustomEvent<{ returnId: string; reference: string; orderId: string; amount: { amount: number; currency: string } }>;
    /** The shopper changed or cancelled a return. */
    'assist-return-updated': CustomEvent<{ returnId: string; reference: string; status: ReturnStatus; change: Edit }>;
    /** A problem was reported. */
    'assist-problem-submitted': CustomEvent<{ problemId: string; reference: string; orderId: string; type: ProblemType; storeResponseDeadline: string }>;
  }
}

/** The text fields of the form; the draft keeps them as typed. */
interface Fields {
  reference: string;
  email: string;
  phone: string;
  comment: string;
  carrier: string;
  tracking: string;
  description: string;
  /** Item id → quantity to return (null while the field is empty). */
  items: Record<string, number | null>;
  method?: ReturnMethod | undefined;
}
type TextField = 'reference' | 'email' | 'phone' | 'comment' | 'carrier' | 'tracking' | 'description';

/** The form as the shopper left it: kept in sessionStorage once they interact, cleared on submit. */
interface Draft extends Fields {
  v: 1;
  /** Idempotency-Key of the submission: one per draft, reused by every retry. */
  key: string;
  started: string;
  step: ReporterStep;
  orderId?: string | undefined;
  contact: 'email' | 'phone';
  /** A token from verifying with the order reference (not one the page gave). */
  token?: string | undefined;
  expires?: string | undefined;
  reason?: ReturnReason | undefined;
  type?: ProblemType | undefined;
  evidence: Evidence[];
  returnId?: string | undefined;
}

const FLOW: Record<ReporterMode, readonly ReporterStep[]> = {
  return: ['find', 'items', 'reason', 'method', 'review'],
  problem: ['find', 'details', 'review'],
};

const blank = (): Draft => ({
  v: 1,
  key: newKey(),
  started: new Date().toISOString(),
  step: 'find',
  reference: '',
  contact: 'email',
  email: '',
  phone: '',
  items: {},
  comment: '',
  carrier: '',
  tracking: '',
  description: '',
  evidence: [],
});
const orNothing = (value: string | false | undefined) => value || nothing;

let instances = 0;

/**
 * @summary Report a return or a problem with an order, step by step, and follow it: timeline, paused payments, deadlines.
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
    rules: { state: true },
    view: { state: true },
    step: { state: true },
    orders: { state: true },
    order: { state: true },
    preview: { state: true },
    ret: { state: true },
    problem: { state: true },
    editing: { state: true },
    status: { state: true },
    errors: { state: true },
    busy: { state: true },
    failure: { state: true },
    notice: { state: true },
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

  private rules: typeof Rules | undefined;
  private view: 'form' | 'done' | 'status' = 'form';
  private step: ReporterStep = 'find';
  private orders: OrderSummary[] | undefined;
  private order: Order | undefined;
  private preview: ReturnPreview | undefined;
  private ret: Return | undefined;
  private problem: Problem | undefined;
  private editing: Exclude<StatusAction, 'cancel' | 'close' | 'problem' | 'chat'> | undefined;
  /** The status view, once its module has loaded. */
  private status: StatusView | undefined;
  private errors: Record<string, string> = {};
  private busy = false;
  private failure: string | undefined;
  private notice = '';

  readonly #i18n = new LocalizeController(this, returnReporterStrings);
  readonly #uid = `assist-return-reporter-${++instances}`;
  #draft: Draft = blank();
  /** Set by the shopper's first interaction: nothing is stored before it. */
  #touched = false;
  #edit: Fields = blank();
  #client: AssistClient | undefined;
  #clientFor = '';
  #retry: (() => void) | undefined;
  #statusModule: Promise<unknown> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void import('./return-reporter.rules.js').then((rules) => (this.rules = rules));
  }

  protected override willUpdate(changed: PropertyValues): void {
    const target = this.returnId || this.problemId;
    if (this.hasUpdated && (changed.has('returnId') || changed.has('problemId')) && target) {
      this.ret = this.problem = undefined;
      this.editing = undefined;
    } else if (this.hasUpdated && !(changed.has('token') && this.token && this.view === 'form' && this.step === 'find' && !this.orders)) return;
    void this.#start();
  }

  /** Loads the shown return or problem again (e.g. after its status changed elsewhere). */
  async refresh(): Promise<void> {
    if (this.view === 'status' || this.view === 'done') await this.#loadCase(true);
  }

  /** Forgets the draft and starts a new report. */
  restart(): void {
    this.#clear();
    this.returnId = this.problemId = undefined;
    this.ret = this.problem = this.preview = this.order = undefined;
    this.view = 'form';
    this.#go('find');
    void this.#start();
  }

  // --- Loading --------------------------------------------------------------------------------

  get #token(): string | undefined {
    return this.token || this.#draft.token;
  }

  get #api(): AssistClient {
    const base = this.apiBase || getConfig().apiBase;
    // Our own client: the shared one must never carry this shopper's token.
    if (!this.#client || this.#clientFor !== `${base} ${this.timeout}`) {
      this.#client = createClient({ baseUrl: base, timeoutMs: this.timeout });
      this.#clientFor = `${base} ${this.timeout}`;
    }
    this.#client.setToken(this.#token ?? null);
    this.#client.setLocale(this.#i18n.tag);
    return this.#client;
  }

  get #key(): string {
    return `assist:return-reporter:${this.mode}${this.id ? `:${this.id}` : ''}`;
  }

  async #start(): Promise<void> {
    if (this.returnId || this.problemId) {
      this.view = 'status';
      if (this.#token) await this.#loadCase();
      else this.view = 'form';
      return;
    }
    try {
      const saved = JSON.parse(sessionStorage.getItem(this.#key) ?? 'null') as Draft | null;
      if (saved?.v === 1) {
        this.#draft = { ...blank(), ...saved };
        this.#touched = true;
        if (saved.expires && Date.parse(saved.expires) < Date.now()) this.#draft.token = undefined;
      }
    } catch {
      // Storage blocked or the draft unreadable: start afresh.
    }
    const d = this.#draft;
    const orderId = d.orderId ?? (this.orderId && this.#token ? this.orderId : undefined);
    if (orderId && this.#token && (await this.#loadOrder(orderId))) {
      d.orderId = orderId;
      await this.#resume(d.step === 'find' ? FLOW[this.mode][1]! : d.step, true);
      return;
    }
    if (this.#token) await this.#loadOrders();
  }

  async #run<T>(work: () => Promise<T>, retry?: () => void): Promise<T | undefined> {
    this.busy = true;
    this.failure = undefined;
    this.#retry = undefined;
    try {
      return await work();
    } catch (error) {
      this.#retry = retry;
      await this.#fail(error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  async #loadOrders(): Promise<void> {
    const answer = await this.#run(() => this.#api.call(listOrders), () => void this.#loadOrders());
    if (answer) this.orders = answer.orders;
  }

  async #loadOrder(id: string): Promise<boolean> {
    const order = await this.#run(() => this.#api.call(getOrder, { params: { id } }), () => void this.#loadOrder(id));
    if (order) this.order = order;
    return order !== undefined;
  }

  /** The status view and the payment plan table: loaded when the review or a status is about to show. */
  #loadStatus(): Promise<unknown> {
    return (this.#statusModule ??= import('./status/status.js').then(
      (m) => (this.status = m.attach(this)),
      (error: unknown) => {
        // Not cached: the next attempt loads it again.
        this.#statusModule = undefined;
        throw error;
      },
    ));
  }

  async #loadCase(quiet = false): Promise<void> {
    const id = this.ret?.id ?? this.returnId;
    const problemId = this.problem?.id ?? this.problemId;
    await this.#run(
      async () => {
        await this.#loadStatus();
        if (id) this.ret = await this.#api.call(getReturn, { params: { id } });
        else if (problemId) this.problem = await this.#api.call(getProblem, { params: { id: problemId } });
        if (!quiet) {
          this.view = 'status';
          this.#focus();
        }
      },
      () => void this.#loadCase(quiet),
    );
  }

  /** Continues at a step; the review of a return first asks the API what it does to the payment plan. */
  async #resume(step: ReporterStep, quiet = false): Promise<void> {
    if (step !== 'review') return this.#go(step, quiet);
    const returning = this.mode === 'return';
    const body = returning ? this.rules?.CreateReturnRequest.safeParse(this.#returnBody()) : undefined;
    if (body && !body.success) return this.#go('items', quiet);
    const [preview] =
      (await this.#run(
        () =>
          Promise.all([
            returning ? this.#api.call(previewReturn, { body: (body?.data ?? this.#returnBody()) as Rules.CreateReturnRequest }) : undefined,
            this.#loadStatus(),
          ]),
        () => void this.#resume(step),
      )) ?? [null];
    if (preview === null) return;
    this.preview = preview;
    this.#go('review', quiet);
  }

  async #fail(error: unknown): Promise<void> {
    const e = error instanceof AssistApiError ? error : undefined;
    const body = e?.issues.filter((i) => i.path.startsWith('body.')) ?? [];
    if (e?.code === 'validation_failed' && body.length > 0) {
      const issues: Rules.Issue[] = body.map((i) => ({ path: i.path.split('.').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p)), code: 'server', message: i.message }));
      // What is still returnable changed since the order was loaded: show the new limits.
      if (issues.some((i) => i.path[2] === 'quantity') && this.order && (await this.#loadOrder(this.order.id))) {
        const lines = this.#lines(this.#fields);
        for (const issue of issues.filter((i) => i.path[2] === 'quantity')) {
          Object.assign(issue, { code: 'too_big', maximum: this.#max(lines[issue.path[1] as number]?.itemId ?? '') });
        }
      }
      this.#showIssues(issues);
      return;
    }
    if (e?.code === 'unauthorized' && !this.token) {
      this.#draft.token = undefined;
      this.view = 'form';
      this.#go('find');
    }
    const keys: Record<string, Key> = {
      timeout: 'errTimeout',
      network: 'errOffline',
      unavailable: 'errOffline',
      unauthorized: 'errSession',
      verification_failed: 'errVerify',
      rate_limited: 'errRateLimited',
      not_found: 'errNotFound',
      validation_failed: 'errNotFound',
      return_not_editable: 'errNotEditable',
      return_not_cancellable: 'errNotCancellable',
      problem_already_open: 'errProblemOpen',
    };
    this.failure = this.#t(keys[e?.code ?? ''] ?? 'errGeneric');
  }

  // --- The draft ------------------------------------------------------------------------------

  /** The shopper typed or chose something: from now on the draft survives a reload. */
  #input(): void {
    this.#touched = true;
    this.#save();
    this.requestUpdate();
  }

  #save(): void {
    if (!this.#touched) return;
    try {
      sessionStorage.setItem(this.#key, JSON.stringify(this.#draft));
    } catch {
      // Private mode or a full storage: the form still works, it just does not survive a reload.
    }
  }

  #clear(): void {
    try {
      sessionStorage.removeItem(this.#key);
    } catch {
      // Nothing was stored.
    }
    this.#draft = blank();
    this.#touched = false;
  }

  /** The fields being edited: the draft in the form, the return's copy in the status view. */
  get #fields(): Fields {
    return this.view === 'form' ? this.#draft : this.#edit;
  }

  #lines(fields: Fields): { itemId: string; quantity: number }[] {
    const items = this.order?.items ?? [];
    return items.filter((i) => i.id in fields.items).map((i) => ({ itemId: i.id, quantity: fields.items[i.id] ?? Number.NaN }));
  }

  /** How many of an item the return may hold: what is still returnable, plus what the return being changed holds. */
  #max(itemId: string): number {
    const own = this.view === 'form' ? 0 : (this.ret?.items.find((i) => i.itemId === itemId)?.quantity ?? 0);
    return (this.order?.items.find((i) => i.id === itemId)?.returnableQuantity ?? 0) + own;
  }

  #returnBody(): Record<string, unknown> {
    const d = this.#draft;
    const shipped = d.method !== 'in_store';
    return {
      orderId: d.orderId,
      items: this.#lines(d),
      reason: d.reason,
      comment: d.comment.trim() || undefined,
      method: d.method,
      carrier: (shipped && d.carrier.trim()) || undefined,
      trackingNumber: (shipped && d.tracking.trim()) || undefined,
    };
  }

  #problemBody(): Record<string, unknown> {
    const d = this.#draft;
    return {
      orderId: d.orderId,
      type: d.type,
      description: d.description,
      evidence: d.evidence.length ? d.evidence : undefined,
      returnId: d.type === 'return_not_registered' ? d.returnId : undefined,
    };
  }

  // --- Validation -----------------------------------------------------------------------------

  #fieldOf(path: readonly PropertyKey[], fields: Fields): string {
    return this.rules!.fieldOf(path, this.#lines(fields).map((l) => l.itemId));
  }

  #label(field: string): string {
    if (field.startsWith('qty-')) return this.#t('quantityOf', { item: this.order?.items.find((i) => `qty-${i.id}` === field)?.name ?? '' });
    return this.#t(`f_${field}` as Key);
  }

  /** What is wrong, in the contract's own words in English and translated otherwise. */
  #say(description: Rules.Description): string {
    return this.#i18n.locale === 'en' && description.text ? description.text : this.#t(description.key as Key, description.values);
  }

  /** Shows each issue at its field, announces them, and moves focus to the first. */
  #showIssues(issues: Rules.Issue[]): void {
    const errors: Record<string, string> = {};
    for (const issue of issues) {
      const field = this.#fieldOf(issue.path, this.#fields);
      errors[field] ??= this.#say(this.rules!.describe(field, issue));
    }
    this.#setErrors(errors);
  }

  #setErrors(errors: Record<string, string>): void {
    this.errors = errors;
    const fields = Object.keys(errors);
    if (!fields.length) return;
    const step = this.rules?.stepOf(fields[0]!) as ReporterStep | undefined;
    if (this.view === 'form' && step && FLOW[this.mode].indexOf(step) < FLOW[this.mode].indexOf(this.step)) {
      this.step = this.#draft.step = step;
      this.#save();
    }
    this.#announce(
      `${this.#t('errorCount', { count: fields.length })} ${fields.map((f) => `${this.#label(f)}: ${errors[f]}`).join(' ')}`,
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  #announce(text: string): void {
    // Cleared first, so the same message is announced again.
    this.notice = '';
    void this.updateComplete.then(() => (this.notice = text));
  }

  /** Checks the fields of a step with the contract's rules; true when they are valid. */
  #check(step: ReporterStep): boolean {
    const rules = this.rules;
    if (!rules) return false;
    const d = this.#draft;
    const result = (this.mode === 'problem' ? rules.CreateProblemRequest : rules.CreateReturnRequest).safeParse(
      this.mode === 'problem' ? this.#problemBody() : this.#returnBody(),
    );
    const issues: Rules.Issue[] = (result.success ? [] : (result.error.issues as Rules.Issue[])).filter(
      (i) => step === 'review' || rules.stepOf(this.#fieldOf(i.path, d)) === step,
    );
    if (step === 'items' || (step === 'review' && this.mode === 'return')) {
      this.#lines(d).forEach((line, n) => {
        if (line.quantity > this.#max(line.itemId)) issues.push({ path: ['items', n, 'quantity'], code: 'too_big', message: '', maximum: this.#max(line.itemId) });
      });
    }
    this.errors = {};
    this.#showIssues(issues);
    return issues.length === 0;
  }

  // --- Steps ----------------------------------------------------------------------------------

  #go(step: ReporterStep, quiet = false): void {
    this.step = this.#draft.step = step;
    this.errors = {};
    this.failure = undefined;
    this.#save();
    if (quiet) return;
    this.emit('assist-return-step', { mode: this.mode, step });
    this.#focus();
  }

  #focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-h`)?.focus());
  }

  #back(): void {
    const flow = FLOW[this.mode];
    this.#go(flow[Math.max(0, flow.indexOf(this.step) - 1)]!);
  }

  async #next(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy) return;
    this.#touched = true;
    const flow = FLOW[this.mode];
    if (this.step === 'find') return this.#find();
    if (this.step === 'review') return this.#submit();
    if (!this.#check(this.step)) return;
    await this.#resume(flow[flow.indexOf(this.step) + 1]!);
  }

  async #find(): Promise<void> {
    const d = this.#draft;
    // After verifying again (a reload with an expired token), the shopper continues where they were.
    const was = { step: d.step, orderId: d.orderId };
    if (!this.#token) {
      const rules = this.rules;
      if (!rules) return;
      const result = rules.VerifyRequest.safeParse({ orderReference: d.reference, [d.contact]: d[d.contact] });
      if (!result.success) return this.#showIssues(result.error.issues as Rules.Issue[]);
      const verified = await this.#run(() => this.#api.call(verifyShopper, { body: result.data }));
      if (!verified) return;
      d.token = verified.token;
      d.expires = verified.expiresAt;
      this.#save();
      if (this.returnId || this.problemId) return this.#loadCase();
      const orders = await this.#run(() => this.#api.call(listOrders), () => void this.#loadOrders());
      if (!orders) return;
      this.orders = orders.orders;
      d.orderId = orders.orders.find((o) => o.reference === result.data.orderReference)?.id;
      this.#save();
      // A fresh verification shows the shopper's orders with the one they named chosen; a draft continues.
      if (was.step === 'find' || was.orderId !== d.orderId) return this.#go('find');
    } else if (!d.orderId) {
      return this.#setErrors({ order: this.#t('errOrder') });
    }
    if (!(await this.#loadOrder(d.orderId!))) return;
    if (this.mode === 'return' && !this.order!.items.some((i) => i.returnableQuantity > 0)) {
      this.failure = this.#t('errNothing');
      return;
    }
    // Items chosen for another order do not carry over.
    for (const id of Object.keys(d.items)) if (!this.order!.items.some((i) => i.id === id)) delete d.items[id];
    await this.#resume(was.step !== 'find' && was.orderId === d.orderId ? was.step : FLOW[this.mode][1]!);
  }

  async #submit(): Promise<void> {
    if (this.busy || !this.#check('review') || !this.rules) return;
    const d = this.#draft;
    const problem = this.mode === 'problem';
    const parsed = (problem ? this.rules.CreateProblemRequest : this.rules.CreateReturnRequest).safeParse(problem ? this.#problemBody() : this.#returnBody());
    if (!parsed.success) return;
    const options = { idempotencyKey: d.key };
    await this.#run(
      async () => {
        try {
          const made = problem
            ? await this.#api.call(createProblem, { body: parsed.data as Rules.CreateProblemRequest }, options)
            : await this.#api.call(createReturn, { body: parsed.data as Rules.CreateReturnRequest }, options);
          this.#submitted(made);
        } catch (error) {
          // The key was used for this draft before it changed: the first submission went through.
          if (!(error instanceof AssistApiError) || error.code !== 'idempotency_mismatch') throw error;
          const params = { params: { id: d.orderId! } };
          const list = problem ? (await this.#api.call(listOrderProblems, params)).problems : (await this.#api.call(listOrderReturns, params)).returns;
          const made = list.filter((c) => c.createdAt >= d.started).pop();
          if (!made) {
            d.key = newKey();
            this.#save();
            throw error;
          }
          this.#submitted(made);
        }
      },
      () => void this.#submit(),
    );
  }

  #submitted(made: Return | Problem): void {
    this.#clear();
    this.view = 'done';
    if ('type' in made) {
      this.problem = made;
      this.emit('assist-problem-submitted', {
        problemId: made.id,
        reference: made.reference,
        orderId: made.orderId,
        type: made.type,
        storeResponseDeadline: made.storeResponseDeadline,
      });
    } else {
      this.ret = made;
      this.emit('assist-return-submitted', { returnId: made.id, reference: made.reference, orderId: made.orderId, amount: made.amount });
    }
    const show = () =>
      this.#loadStatus().then(
        () => {
          this.failure = undefined;
          this.#focus();
        },
        () => {
          this.failure = this.#t('errOffline');
          this.#retry = () => void show();
        },
      );
    void show();
  }

  // --- Changing a reported return -------------------------------------------------------------

  async #startEdit(kind: 'items' | 'method' | 'tracking'): Promise<void> {
    const r = this.ret!;
    this.#edit = {
      ...blank(),
      items: Object.fromEntries(r.items.map((i) => [i.itemId, i.quantity])),
      method: r.method,
      carrier: kind === 'tracking' && r.status === 'investigation' ? '' : (r.carrier ?? ''),
      tracking: kind === 'tracking' && r.status === 'investigation' ? '' : (r.trackingNumber ?? ''),
    };
    this.errors = {};
    this.failure = undefined;
    if (kind === 'items' && !(await this.#loadOrder(r.orderId))) return;
    this.editing = kind;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-eh`)?.focus());
  }

  async #saveEdit(event: Event): Promise<void> {
    event.preventDefault();
    const r = this.ret!;
    const kind = this.editing as 'items' | 'method' | 'tracking';
    const e = this.#edit;
    if (this.busy || !this.rules) return;
    let patch: Record<string, unknown> = {};
    const issues: Rules.Issue[] = [];
    if (kind === 'items') {
      patch = { items: this.#lines(e) };
      this.#lines(e).forEach((line, n) => {
        if (line.quantity > this.#max(line.itemId)) issues.push({ path: ['items', n, 'quantity'], code: 'too_big', message: '', maximum: this.#max(line.itemId) });
      });
    } else if (kind === 'method') patch = { method: e.method };
    else {
      patch = { carrier: e.carrier.trim() || undefined, trackingNumber: e.tracking.trim() || undefined };
      if (!patch.trackingNumber) issues.push({ path: ['trackingNumber'], code: 'invalid_type', message: '' });
    }
    const parsed = this.rules.UpdateReturnRequest.safeParse(patch);
    if (!parsed.success) issues.unshift(...(parsed.error.issues as Rules.Issue[]));
    this.errors = {};
    if (issues.length) return this.#showIssues(issues);
    const updated = await this.#run(() => this.#api.call(updateReturn, { params: { id: r.id }, body: parsed.data! }));
    if (updated) this.#updated(updated, kind);
  }

  async #cancel(): Promise<void> {
    const updated = await this.#run(() => this.#api.call(cancelReturn, { params: { id: this.ret!.id }, body: {} }));
    if (updated) this.#updated(updated, 'cancel');
  }

  #updated(r: Return, change: Edit): void {
    this.ret = r;
    this.editing = undefined;
    this.emit('assist-return-updated', { returnId: r.id, reference: r.reference, status: r.status, change });
    this.#announce(this.#t(change === 'cancel' ? 'cancelled' : 'updated'));
    this.#focus();
  }

  /** From a return that was never registered to a problem report about it. */
  async #reportProblem(): Promise<void> {
    const r = this.ret!;
    this.mode = 'problem';
    this.#draft = { ...blank(), orderId: r.orderId, type: 'return_not_registered', returnId: r.id };
    this.#touched = false;
    this.ret = undefined;
    this.returnId = undefined;
    this.view = 'form';
    if (await this.#loadOrder(r.orderId)) this.#go('details');
  }

  // --- Evidence -------------------------------------------------------------------------------

  #addFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const { evidence, problems } = this.rules!.readEvidence(input.files ?? [], this.#draft.evidence);
    this.#draft.evidence = evidence;
    // Only the metadata is kept: the file itself never leaves the browser.
    input.value = '';
    this.#input();
    this.errors = {};
    if (problems.length) this.#setErrors({ evidence: problems.map((p) => this.#say(p)).join(' ') });
  }

  // --- Rendering helpers ----------------------------------------------------------------------

  #t(key: Key, values?: Record<string, string | number>): string {
    return this.#i18n.t(`returnReporter.${key}` as TranslationKey, values);
  }

  #money(m: { amount: number; currency: string }): string {
    return this.#i18n.money(m.amount, m.currency);
  }

  #date(value: string): string {
    return this.#i18n.date(value);
  }

  #id(name: string): string {
    return `${this.#uid}-${name}`;
  }

  #error(name: string): TemplateResult | typeof nothing {
    const text = this.errors[name];
    return text ? html`<p class="field__error" id=${this.#id(`${name}-e`)}>${text}</p>` : nothing;
  }

  #described(name: string, hint?: string): string | typeof nothing {
    return orNothing([hint && this.#id(`${name}-h`), this.errors[name] && this.#id(`${name}-e`)].filter(Boolean).join(' '));
  }

  #text(name: TextField, label: string, options: { type?: string; hint?: string; autocomplete?: string; multiline?: number; optional?: boolean; ltr?: boolean } = {}): TemplateResult {
    const fields = this.#fields;
    const onInput = (event: Event) => {
      fields[name] = (event.target as HTMLInputElement).value;
      if (this.errors[name]) this.errors = { ...this.errors, [name]: '' };
      this.#input();
    };
    const id = this.#id(name);
    const invalid = this.errors[name] ? 'true' : nothing;
    const described = this.#described(name, options.hint);
    return html`<div class="field">
      <label for=${id}>${options.optional ? this.#t('optional', { label }) : label}</label>
      ${options.hint ? html`<p class="field__hint" id=${this.#id(`${name}-h`)}>${options.hint}</p>` : nothing}
      ${options.multiline
        ? html`<textarea id=${id} rows="4" maxlength=${options.multiline} .value=${fields[name]} aria-invalid=${invalid} aria-describedby=${described} @input=${onInput}></textarea>`
        : html`<input
            id=${id}
            type=${options.type ?? 'text'}
            dir=${orNothing(options.ltr && 'ltr')}
            autocomplete=${options.autocomplete ?? 'off'}
            .value=${fields[name]}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${onInput}
          />`}
      ${this.#error(name)}
    </div>`;
  }

  #radios<T extends string>(name: string, legend: string, values: readonly T[], current: T | undefined, pick: (value: T) => void, label: (value: T) => string | TemplateResult): TemplateResult {
    return html`<fieldset class="field">
      <legend>${legend}</legend>
      <div class="choices">
        ${values.map(
          (value, n) => html`<label class="choice">
            <input
              type="radio"
              name=${this.#id(name)}
              id=${orNothing(n === 0 && this.#id(name))}
              .checked=${current === value}
              aria-invalid=${this.errors[name] ? 'true' : nothing}
              aria-describedby=${this.#described(name)}
              @change=${() => {
                pick(value);
                this.errors = { ...this.errors, [name]: '' };
                this.#input();
              }}
            />
            <span>${label(value)}</span>
          </label>`,
        )}
      </div>
      ${this.#error(name)}
    </fieldset>`;
  }

  #heading(text: string, id = 'h'): TemplateResult {
    return html`<h2 id=${this.#id(id)} tabindex="-1">${text}</h2>`;
  }

  #actions(submit: string, back = true): TemplateResult {
    return html`<div class="actions">
      <button type="submit" class="button" ?disabled=${this.busy || !this.rules}>${this.busy ? this.#t('working') : submit}</button>
      ${back ? html`<button type="button" class="button button--quiet" @click=${this.#back}>${this.#i18n.t('common.back')}</button>` : nothing}
    </div>`;
  }

  #failure(): TemplateResult | typeof nothing {
    if (!this.failure) return nothing;
    return html`<div class="failure" role="alert">
      <p class="error">${this.failure}</p>
      ${this.#retry ? html`<button type="button" class="button button--quiet" @click=${() => this.#retry?.()}>${this.#i18n.t('common.retry')}</button>` : nothing}
    </div>`;
  }

  // --- Steps ----------------------------------------------------------------------------------

  #renderSteps(): TemplateResult {
    const flow = FLOW[this.mode];
    const at = flow.indexOf(this.step);
    return html`<ol class="steps" part="steps" aria-label=${this.#t('progress', { step: at + 1, count: flow.length })}>
      ${flow.map(
        (step, n) => html`<li class=${n < at ? 'is-done' : n === at ? 'is-current' : ''} aria-current=${orNothing(n === at && 'step')}>
          ${this.#t(`step_${step}`)}
        </li>`,
      )}
    </ol>`;
  }

  #renderFind(): TemplateResult {
    const d = this.#draft;
    if (!this.#token) {
      return html`${this.#heading(this.#t('verifyTitle'))}
        <p class="muted">${this.#t('verifyIntro')}</p>
        ${this.#text('reference', this.#t('f_reference'), { autocomplete: 'off', ltr: true, hint: this.#t('referenceHint') })}
        ${this.#radios('contact', this.#t('contactLegend'), ['email', 'phone'] as const, d.contact, (v) => (d.contact = v), (v) => this.#t(`f_${v}`))}
        ${d.contact === 'email'
          ? this.#text('email', this.#t('f_email'), { type: 'email', autocomplete: 'email', ltr: true })
          : this.#text('phone', this.#t('f_phone'), { type: 'tel', autocomplete: 'tel', ltr: true, hint: this.#t('phoneHint') })}
        ${this.#actions(this.#t('verify'), false)}`;
    }
    if (!this.orders) return html`${this.#heading(this.#t('ordersTitle'))}${this.busy ? html`<p role="status">${this.#i18n.t('common.loading')}</p>` : nothing}`;
    return html`${this.#heading(this.#t('ordersTitle'))}
      ${this.orders.length
        ? this.#radios(
            'order',
            this.#t('f_order'),
            this.orders.map((o) => o.id),
            d.orderId,
            (id) => (d.orderId = id),
            (id) => {
              const o = this.orders!.find((x) => x.id === id)!;
              return html`<strong dir="auto">${o.merchantName}</strong>
                <span class="muted"><span dir="ltr">${o.reference}</span> · ${this.#date(o.createdAt)} · ${this.#money(o.total)}</span>`;
            },
          )
        : html`<p>${this.#t('noOrders')}</p>`}
      ${this.#actions(this.#t('continue'), false)}`;
  }

  #renderItems(): TemplateResult {
    const fields = this.#fields;
    const order = this.order!;
    return html`<fieldset class="field" aria-describedby=${this.#described('items')}>
      <legend>${this.#t('f_items')}</legend>
      <ul class="items">
        ${order.items.map((item) => {
          const max = this.#max(item.id);
          const chosen = item.id in fields.items;
          const qty = `qty-${item.id}`;
          return html`<li class="item">
            <label class="choice">
              <input
                type="checkbox"
                id=${this.#id(`item-${item.id}`)}
                .checked=${chosen}
                ?disabled=${max === 0}
                aria-invalid=${orNothing(this.errors.items && 'true')}
                aria-describedby=${this.#described('items')}
                @change=${(e: Event) => {
                  if ((e.target as HTMLInputElement).checked) fields.items[item.id] = 1;
                  else delete fields.items[item.id];
                  this.errors = {};
                  this.#input();
                }}
              />
              <span>
                <strong dir="auto">${item.name}</strong>
                <span class="muted">${this.#money(item.unitPrice)} · ${max ? this.#t('returnable', { count: max }) : this.#t('notReturnable')}</span>
              </span>
            </label>
            ${chosen
              ? html`<div class="field field--qty">
                  <label for=${this.#id(qty)}>${this.#label(qty)}</label>
                  <input
                    id=${this.#id(qty)}
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max=${max}
                    .value=${String(fields.items[item.id] ?? '')}
                    aria-invalid=${orNothing(this.errors[qty] && 'true')}
                    aria-describedby=${this.#described(qty)}
                    @input=${(e: Event) => {
                      const value = (e.target as HTMLInputElement).value;
                      fields.items[item.id] = value === '' ? null : Number(value);
                      this.#input();
                    }}
                  />
                  ${this.#error(qty)}
                </div>`
              : nothing}
          </li>`;
        })}
      </ul>
      ${this.#error('items')}
    </fieldset>`;
  }

  #renderMethod(): TemplateResult {
    const fields = this.#fields;
    const rules = this.rules!;
    return html`${this.#radios('method', this.#t('f_method'), rules.RETURN_METHODS, fields.method, (m) => (fields.method = m), (m) => html`${this.#t(`method_${m}`)}<span class="muted">${this.#t(`methodHint_${m}`)}</span>`)}
    ${fields.method === 'in_store' ? nothing : this.#renderTracking(true)}`;
  }

  #renderTracking(optional: boolean): TemplateResult {
    return html`${this.#text('carrier', this.#t('f_carrier'), { optional, autocomplete: 'off' })}
    ${this.#text('tracking', this.#t('f_tracking'), { optional, ltr: true, hint: this.#t('trackingHint') })}`;
  }

  #renderDetails(): TemplateResult {
    const d = this.#draft;
    const rules = this.rules!;
    return html`${this.#radios('type', this.#t('f_type'), rules.PROBLEM_TYPES, d.type, (t) => (d.type = t), (t) => this.#t(`${t}_type`))}
      ${this.#text('description', this.#t('f_description'), { multiline: 2000, hint: this.#t('descriptionHint') })}
      <div class="field">
        <label for=${this.#id('evidence')}>${this.#t('optional', { label: this.#t('f_evidence') })}</label>
        <p class="field__hint" id=${this.#id('evidence-h')}>
          ${this.#t('evidenceHint', { max: rules.MAX_EVIDENCE_FILES, size: this.#i18n.number(rules.MAX_EVIDENCE_BYTES / 1048576, { style: 'unit', unit: 'megabyte' }) })}
        </p>
        <input
          id=${this.#id('evidence')}
          type="file"
          multiple
          accept=${rules.EVIDENCE_TYPES.join(',')}
          aria-invalid=${orNothing(this.errors.evidence && 'true')}
          aria-describedby=${this.#described('evidence', 'h')}
          @change=${this.#addFiles}
        />
        ${this.#error('evidence')}
        ${d.evidence.length
          ? html`<ul class="files">
              ${d.evidence.map(
                (file, n) => html`<li>
                  <span dir="auto">${file.fileName}</span>
                  <span class="muted">${this.#i18n.number(file.size / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })}</span>
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    aria-label=${this.#t('removeFile', { name: file.fileName })}
                    @click=${() => {
                      d.evidence = d.evidence.filter((_, i) => i !== n);
                      this.#input();
                      this.renderRoot.querySelector<HTMLElement>(`#${this.#id('evidence')}`)?.focus();
                    }}
                  >
                    ${this.#t('remove')}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
      </div>`;
  }

  #renderForm(): TemplateResult {
    const step = this.step;
    const needsRules = (step !== 'find' && !this.rules) || (step === 'review' && !this.status);
    const needsOrder = step !== 'find' && !this.order;
    let body: TemplateResult;
    if (needsRules || needsOrder) body = html`${this.#heading(this.#t(`step_${step}`))}${this.failure ? nothing : html`<p role="status">${this.#i18n.t('common.loading')}</p>`}`;
    else if (step === 'find') body = this.#renderFind();
    else {
      const titles: Record<ReporterStep, Key> = {
        find: 'ordersTitle',
        items: 'itemsTitle',
        reason: 'reasonTitle',
        method: 'methodTitle',
        details: 'detailsTitle',
        review: 'reviewTitle',
      };
      const d = this.#draft;
      body = html`${this.#heading(this.#t(titles[step]))}
        ${step === 'items' ? this.#renderItems() : nothing}
        ${step === 'reason'
          ? html`${this.#radios('reason', this.#t('f_reason'), this.rules!.RETURN_REASONS, d.reason, (r) => (d.reason = r), (r) => this.#t(`${r}_reason`))}
            ${this.#text('comment', this.#t('f_comment'), { multiline: 1000, optional: true })}`
          : nothing}
        ${step === 'method' ? this.#renderMethod() : nothing}
        ${step === 'details' ? this.#renderDetails() : nothing}
        ${step === 'review'
          ? this.status?.review(this.#context(), {
              mode: this.mode,
              order: this.order!,
              draft: this.#draft,
              preview: this.preview,
              storeDays: this.rules!.STORE_RESPONSE_DAYS,
              go: (to) => this.#go(to as ReporterStep),
            })
          : nothing}
        ${this.#actions(step === 'review' ? this.#t(this.mode === 'problem' ? 'submitProblem' : 'submitReturn') : this.#t('continue'))}`;
    }
    return html`${this.returnId || this.problemId ? nothing : this.#renderSteps()}
      <form class="form" part="form" novalidate aria-labelledby=${this.#id('h')} @submit=${this.#next}>
        ${body} ${this.#failure()}
      </form>`;
  }

  #context(): StatusContext {
    return {
      ret: this.ret,
      problem: this.problem,
      editing: this.editing,
      busy: this.busy,
      done: this.view === 'done',
      id: (name) => this.#id(name),
      money: (m) => this.#money(m),
      date: (d) => this.#date(d),
      heading: (text) => this.#heading(text),
      label: (key) => this.#t(key as Key),
      failure: () => this.#failure(),
      editor: (title, intro) => this.#renderEditor(title, intro),
      act: (action) => this.#act(action),
    };
  }

  #renderEditor(title: string, intro: string | undefined): TemplateResult {
    const kind = this.editing;
    return html`<form class="card" novalidate aria-labelledby=${this.#id('eh')} @submit=${this.#saveEdit}>
      <h3 id=${this.#id('eh')} tabindex="-1">${title}</h3>
      ${intro && kind === 'tracking' ? html`<p>${intro}</p>` : nothing}
      ${kind === 'items' ? this.#renderItems() : kind === 'method' ? this.#renderMethod() : this.#renderTracking(false)} ${this.#failure()}
      <div class="actions">
        <button type="submit" class="button" ?disabled=${this.busy || !this.rules}>${this.busy ? this.#t('working') : this.#t('save')}</button>
        <button type="button" class="button button--quiet" @click=${() => this.#act('close')}>${this.#i18n.t('common.back')}</button>
      </div>
    </form>`;
  }

  #act(action: StatusAction): void {
    if (action === 'items' || action === 'method' || action === 'tracking') void this.#startEdit(action);
    else if (action === 'cancel') void this.#cancel();
    else if (action === 'problem') void this.#reportProblem();
    else if (action === 'chat') this.emit('assist-chat-request', { source: 'return-reporter' });
    else if (action === 'restart') this.restart();
    else if (action === 'follow') {
      this.view = 'status';
      this.#focus();
    }
    else {
      this.errors = {};
      this.failure = undefined;
      this.editing = action === 'confirm' ? 'confirm' : undefined;
      if (action === 'confirm') this.#focusEdit();
      else this.#focus();
    }
  }

  #focusEdit(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-eh`)?.focus());
  }

  override render() {
    const c = this.ret ?? this.problem;
    let body: TemplateResult;
    if (this.view === 'form') body = this.#renderForm();
    else if (c && this.status) {
      body = html`${this.status.render(this.#context())}
        ${this.view === 'status' ? html`<button type="button" class="link" @click=${() => this.refresh()}>${this.#t('refresh')}</button>` : nothing}`;
    } else {
      body = html`${this.#heading(this.#t(this.problemId ? 'caseProblem' : 'caseReturn'))}
        ${this.failure ? this.#failure() : html`<p role="status">${this.#i18n.t('common.loading')}</p>`}`;
    }
    return html`<div class="rr" part="base">
      ${body}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.notice}</div>
    </div>`;
  }
}
