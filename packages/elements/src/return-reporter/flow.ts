import type { Order, OrderSummary, Problem, Return, ReturnPreview } from '@assist/contract';
import { AssistApiError, newKey } from '@assist/client';
import {
  createProblem,
  createReturn,
  getOrder,
  getProblem,
  getReturn,
  listOrderProblems,
  listOrderReturns,
  listOrders,
  previewReturn,
  verifyShopper,
} from '@assist/contract/endpoints';
import type { ReactiveController } from 'lit';
import { LocalizeController } from '../i18n/localize-controller.js';
import { returnReporterStrings } from './strings/index.js';
import type { TranslationKey } from '../i18n/strings.js';
import { focusOn, type Host, type Key, type ReporterMode, type ReporterStep } from './context.js';
import { DraftController, problemBody, returnBody, type Fields } from './draft.js';
import { ReturnEditor } from './edit.js';
import { Requests } from './request.js';
import type * as Rules from './return-reporter.rules.js';
import type { StatusView } from './status/status.js';
import { Validation } from './validation.js';

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
 */
export class ReporterFlow implements ReactiveController {
  view: 'form' | 'done' | 'status' = 'form';
  step: ReporterStep = 'find';
  orders: OrderSummary[] | undefined;
  order: Order | undefined;
  preview: ReturnPreview | undefined;
  ret: Return | undefined;
  problem: Problem | undefined;
  /** The status view, once its module has loaded. */
  status: StatusView | undefined;
  /** What the live region says. */
  notice = '';
  readonly i18n: LocalizeController;
  readonly draft: DraftController;
  readonly check: Validation;
  readonly net: Requests;
  readonly edit: ReturnEditor;
  readonly #host: Host;
  readonly #uid = `assist-return-reporter-${++instances}`;
  #statusModule: Promise<unknown> | undefined;
  /** The case and token of the last update, to see what changed. */
  #seen: unknown[] = [];

  constructor(host: Host) {
    this.#host = host;
    this.i18n = new LocalizeController(host, returnReporterStrings);
    this.draft = new DraftController(host);
    this.check = new Validation(host, this);
    this.net = new Requests(host, this);
    this.edit = new ReturnEditor(host, this);
    host.addController(this);
  }

  hostUpdate(): void {
    const h = this.#host;
    const [returnId, problemId, token] = this.#seen;
    this.#seen = [h.returnId, h.problemId, h.token];
    if (h.hasUpdated && (returnId !== h.returnId || problemId !== h.problemId) && (h.returnId || h.problemId)) {
      this.ret = this.problem = this.edit.kind = undefined;
    } else if (h.hasUpdated && !(token !== h.token && h.token && this.view === 'form' && this.step === 'find' && !this.orders)) return;
    void this.#start();
  }

  get mode(): ReporterMode {
    return this.#host.mode;
  }

  get steps(): readonly ReporterStep[] {
    return FLOW[this.mode];
  }

  /** The fields being edited: the draft in the form, the return's copy in the status view. */
  get fields(): Fields {
    return this.view === 'form' ? this.draft.data : this.edit.fields;
  }

  t(key: Key, values?: Record<string, string | number>): string {
    return this.i18n.t(`returnReporter.${key}` as TranslationKey, values);
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
    void this.#host.updateComplete.then(() => {
      this.notice = text;
      this.#host.requestUpdate();
    });
  }

  /** Shows the change and moves focus to the heading (`h`) or another element by its id. */
  focus(name = 'h'): void {
    this.#host.requestUpdate();
    focusOn(this.#host, `#${this.id(name)}`);
  }

  /** Forgets the draft and starts a new report. */
  restart(): void {
    this.draft.clear();
    this.ret = this.problem = this.preview = this.order = undefined;
    this.view = 'form';
    this.go('find');
    void this.#start();
  }

  async #start(): Promise<void> {
    const h = this.#host;
    const { net, draft } = this;
    if (h.returnId || h.problemId) {
      this.view = 'status';
      if (net.token) await this.loadCase();
      else this.view = 'form';
      return;
    }
    draft.load();
    const d = draft.data;
    const orderId = d.orderId ?? (h.orderId && net.token ? h.orderId : undefined);
    if (orderId && net.token && (await this.loadOrder(orderId))) {
      d.orderId = orderId;
      await this.#resume(d.step === 'find' ? this.steps[1]! : d.step, true);
      return;
    }
    if (net.token) await this.#loadOrders();
  }

  async #loadOrders(): Promise<boolean> {
    const net = this.net;
    return (await net.run(async () => (this.orders = (await net.api.call(listOrders)).orders), () => void this.#loadOrders())) !== undefined;
  }

  async loadOrder(id: string): Promise<boolean> {
    const net = this.net;
    return (await net.run(async () => (this.order = await net.api.call(getOrder, { params: { id } })), () => void this.loadOrder(id))) !== undefined;
  }

  /** The status view and the payment plan table: loaded when the review or a status is about to show. */
  loadStatus(): Promise<unknown> {
    return (this.#statusModule ??= import('./status/status.js').then(
      (m) => {
        this.status = m.attach(this.#host);
        this.#host.requestUpdate();
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
    const { returnId, problemId } = this.#host;
    const id = this.ret?.id ?? returnId;
    const problem = this.problem?.id ?? problemId;
    const net = this.net;
    await net.run(
      async () => {
        await this.loadStatus();
        if (id) this.ret = await net.api.call(getReturn, { params: { id } });
        else if (problem) this.problem = await net.api.call(getProblem, { params: { id: problem } });
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
    if (step !== 'review') return this.go(step, quiet);
    const { net, order } = this;
    const returning = this.mode === 'return';
    const draft = returnBody(this.draft.data, order);
    const body = returning ? this.check.rules?.CreateReturnRequest.safeParse(draft) : undefined;
    if (body && !body.success) return this.go('items', quiet);
    const [preview] =
      (await net.run(
        () =>
          Promise.all([
            returning ? net.api.call(previewReturn, { body: (body?.data ?? draft) as Rules.CreateReturnRequest }) : undefined,
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
    this.net.failure = undefined;
    this.draft.save();
    this.#host.requestUpdate();
    if (quiet) return;
    this.#host.emit('assist-return-step', { mode: this.mode, step });
    this.focus();
  }

  back(): void {
    const steps = this.steps;
    this.go(steps[Math.max(0, steps.indexOf(this.step) - 1)]!);
  }

  async next(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.net.busy) return;
    this.draft.touched = true;
    const step = this.step;
    if (step === 'find') return this.#find();
    if (step === 'review') return this.#submit();
    if (!this.check.check(step)) return;
    await this.#resume(this.steps[this.steps.indexOf(step) + 1]!);
  }

  async #find(): Promise<void> {
    const { net, draft } = this;
    const d = draft.data;
    // After verifying again (a reload with an expired token), the shopper continues where they were.
    const was = { step: d.step, orderId: d.orderId };
    if (!net.token) {
      const rules = this.check.rules;
      if (!rules) return;
      const result = rules.VerifyRequest.safeParse({ orderReference: d.reference, [d.contact]: d[d.contact] });
      if (!result.success) return this.check.show(result.error.issues as Rules.Issue[]);
      const verified = await net.run(() => net.api.call(verifyShopper, { body: result.data }));
      if (!verified) return;
      d.token = verified.token;
      d.expires = verified.expiresAt;
      draft.save();
      if (this.#host.returnId || this.#host.problemId) return this.loadCase();
      if (!(await this.#loadOrders())) return;
      d.orderId = this.orders!.find((o) => o.reference === result.data.orderReference)?.id;
      draft.save();
      // A fresh verification shows the shopper's orders with the one they named chosen; a draft continues.
      if (was.step === 'find' || was.orderId !== d.orderId) return this.go('find');
    } else if (!d.orderId) {
      return this.check.set({ order: this.t('errOrder') });
    }
    if (!(await this.loadOrder(d.orderId!))) return;
    const items = this.order!.items;
    if (this.mode === 'return' && !items.some((i) => i.returnableQuantity > 0)) return net.show(this.t('errNothing'));
    // Items chosen for another order do not carry over.
    for (const id of Object.keys(d.items)) if (!items.some((i) => i.id === id)) delete d.items[id];
    await this.#resume(was.step !== 'find' && was.orderId === d.orderId ? was.step : this.steps[1]!);
  }

  async #submit(): Promise<void> {
    const { net, draft } = this;
    const rules = this.check.rules;
    if (net.busy || !this.check.check('review') || !rules) return;
    const d = draft.data;
    const problem = this.mode === 'problem';
    const parsed = (problem ? rules.CreateProblemRequest : rules.CreateReturnRequest).safeParse(problem ? problemBody(d) : returnBody(d, this.order));
    if (!parsed.success) return;
    const options = { idempotencyKey: d.key };
    await net.run(
      async () => {
        try {
          const made = problem
            ? await net.api.call(createProblem, { body: parsed.data as Rules.CreateProblemRequest }, options)
            : await net.api.call(createReturn, { body: parsed.data as Rules.CreateReturnRequest }, options);
          this.#submitted(made);
        } catch (error) {
          // The key was used for this draft before it changed: the first submission went through.
          if (!(error instanceof AssistApiError) || error.code !== 'idempotency_mismatch') throw error;
          const params = { params: { id: d.orderId! } };
          const list = problem ? (await net.api.call(listOrderProblems, params)).problems : (await net.api.call(listOrderReturns, params)).returns;
          const made = list.filter((c) => c.createdAt >= d.started).pop();
          if (!made) {
            d.key = newKey();
            draft.save();
            throw error;
          }
          this.#submitted(made);
        }
      },
      () => void this.#submit(),
    );
  }

  #submitted(made: Return | Problem): void {
    const h = this.#host;
    this.draft.clear();
    this.view = 'done';
    if ('type' in made) {
      this.problem = made;
      h.emit('assist-problem-submitted', {
        problemId: made.id,
        reference: made.reference,
        orderId: made.orderId,
        type: made.type,
        storeResponseDeadline: made.storeResponseDeadline,
      });
    } else {
      this.ret = made;
      h.emit('assist-return-submitted', { returnId: made.id, reference: made.reference, orderId: made.orderId, amount: made.amount });
    }
    const show = (): Promise<void> =>
      this.loadStatus().then(
        () => {
          this.net.failure = undefined;
          this.focus();
        },
        () => this.net.show(this.t('errOffline'), () => void show()),
      );
    void show();
  }
}
