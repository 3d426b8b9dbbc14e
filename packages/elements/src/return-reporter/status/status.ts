import type { Attachment, DISPUTE_CODES, Order, PlanAdjustment, Problem, Return, RETURN_STATUSES, ReturnPreview } from '@assist/contract';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { TranslationKey } from '../../i18n/strings.js';
import { adopt } from '../../internal/attachments/attachments.styles.js';
import { shown } from '../../internal/attachments/shown.js';
import { styles } from './status.styles.js';
import { returnStatusStrings } from './strings/index.js';

/**
 * The status view of the return reporter: timeline, deadlines, next steps and what the shopper can
 * still do. Loaded with `import()` the first time a return or problem is shown, with its own strings.
 */

export type StatusAction = 'items' | 'method' | 'tracking' | 'cancel' | 'confirm' | 'close' | 'problem' | 'chat' | 'follow' | 'restart';
type ReturnStatus = (typeof RETURN_STATUSES)[number];
type Key = TranslationKey extends infer K ? (K extends `returnStatus.${infer R}` ? R : never) : never;
type State = 'done' | 'current' | 'next';
interface Step {
  label: string;
  state: State;
  at?: string | undefined;
  note?: string | null | undefined;
}

/** What the component lends the status view: its data, formatting, shared pieces and actions. */
export interface StatusContext {
  ret: Return | undefined;
  problem: Problem | undefined;
  editing: StatusAction | undefined;
  busy: boolean;
  /** `done` just after reporting: the confirmation with the reference. */
  view: string;
  /** Where the API is: attachments' content is under it. */
  base: string;
  id(name: string): string;
  money(value: { amount: number; currency: string }): string;
  date(value: string): string;
  heading(text: string): TemplateResult;
  /** One of the form's strings (reasons, methods, problem types, field names). */
  t(key: string): string;
  failure(): TemplateResult | typeof nothing;
  /** The component's form to change the items, method or tracking of the return. */
  editor(title: string, intro: string | undefined): TemplateResult;
  act(action: StatusAction): void;
  /** The review step's: what is reported, about which order, and what a return does to the plan. */
  mode: 'return' | 'problem';
  order: Pick<Order, 'merchant' | 'reference'> | undefined;
  preview: ReturnPreview | undefined;
  /** Goes back to a step of the form. */
  go(step: string): void;
}

const PATH: ReturnStatus[] = ['reported', 'in_transit', 'received', 'registered', 'refunded'];
type Dispute = (typeof DISPUTE_CODES)[keyof typeof DISPUTE_CODES];
// The codes the API logs for disputed payments (a type-only import keeps the contract's code out of the bundle).
const DISPUTES: readonly string[] = ['duplicate_charge', 'unauthorized_transaction'] satisfies Dispute[];
const OPEN_PROBLEM = ['open', 'awaiting_store', 'escalated', 'investigating'];

/** What the review step summarises (with the context's mode, order, preview and a way back to each step). */
export interface ReviewData {
  draft: {
    reason?: string | undefined;
    comment: string;
    method?: string | undefined;
    carrier: string;
    tracking: string;
    type?: string | undefined;
    description: string;
    attachments: readonly Attachment[];
  };
  /** Days the store has to answer a problem. */
  storeDays: number;
}

export interface StatusView {
  render(ctx: StatusContext): TemplateResult;
  /** The review step: everything the shopper entered, and for a return the plan after it. */
  review(ctx: StatusContext, data: ReviewData): TemplateResult;
  /** The payment plan after a return: what is paused now, what comes off each payment, what is paid back. */
  plan(ctx: StatusContext, plan: PlanAdjustment | null, amount: { amount: number; currency: string }, open: boolean): TemplateResult;
}

/**
 * Connects the status view to a component: its styles join the component's, its strings load (and
 * re-render the component) in the component's language.
 */
export function attach(host: ReactiveControllerHost & HTMLElement): StatusView {
  const root = host.shadowRoot;
  if (root && styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  adopt(host);
  const i18n = new LocalizeController(host, returnStatusStrings);
  const t = (key: Key, values?: Record<string, string | number>) => i18n.t(`returnStatus.${key}` as TranslationKey, values);

  function plan(ctx: StatusContext, plan: PlanAdjustment | null, amount: { amount: number; currency: string }, open: boolean): TemplateResult {
    if (!plan) return html`<p>${t('planNone', { amount: ctx.money(amount) })}</p>`;
    const money = (m: { amount: number; currency: string }) => ctx.money(m);
    return html`<section class="plan" part="plan" aria-labelledby=${ctx.id('plan')}>
      <h3 id=${ctx.id('plan')}>${t('planTitle')}</h3>
      ${open && plan.fromInstalments.amount > 0 ? html`<p>${t('planPaused', { amount: money(plan.fromInstalments) })}</p>` : nothing}
      <p class="table__hint muted" id=${ctx.id('scroll')}>${t('planScroll')}</p>
      <div class="table" tabindex="0" role="group" aria-labelledby=${ctx.id('plan')} aria-describedby=${ctx.id('scroll')}>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('colPayment')}</th>
              <th scope="col">${t('colDue')}</th>
              <th scope="col">${t('colBefore')}</th>
              <th scope="col">${t(open ? 'colPaused' : 'colReduction')}</th>
              <th scope="col">${t('colAfter')}</th>
            </tr>
          </thead>
          <tbody>
            ${plan.instalments.map(
              (i) => html`<tr class=${i.paused.amount > 0 ? 'is-paused' : nothing}>
                <th scope="row">${t(i.paid ? 'paymentPaid' : 'payment', { n: i.sequence })}</th>
                <td>${ctx.date(i.dueDate)}</td>
                <td>${money(i.amount)}</td>
                <td>${money(open ? i.paused : i.reduction)}</td>
                <td>${money(i.newAmount)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${plan.fromInstalments.amount > 0 ? html`<p>${t(open ? 'planFrom' : 'planTaken', { amount: money(plan.fromInstalments) })}</p>` : nothing}
      ${
        plan.toShopper.amount > 0
          ? html`<p>${t(plan.fullyPaid ? 'planFullyPaid' : 'planToShopper', { amount: money(plan.toShopper), ...plan.settlementBusinessDays })}</p>`
          : nothing
      }
    </section>`;
  }

  // Timeline notes and closing reasons are the API's English record: in another language the step's
  // name, date and the next steps (all translated) say it instead, so no English sentence or raw date leaks.
  const english = () => i18n.locale === 'en';
  const timeline = (steps: Step[]) => html`<ol class="timeline" part="timeline" aria-label=${t('timeline')}>
    ${steps.map(
      (s) => html`<li class="timeline__step timeline__step--${s.state}" aria-current=${s.state === 'current' ? 'step' : nothing}>
        <span class="visually-hidden">${t(`state_${s.state}`)}:</span>
        <strong>${s.label}</strong>
        ${s.at ? html`<span class="muted">${i18n.date(s.at)}</span>` : nothing}
        ${s.note && english() ? html`<span class="muted note">${s.note}</span>` : nothing}
      </li>`,
    )}
  </ol>`;

  const next = (ctx: StatusContext, lines: unknown[]) => html`<section class="next" aria-labelledby=${ctx.id('next')}>
    <h3 id=${ctx.id('next')}>${t('nextSteps')}</h3>
    ${lines.filter((l) => l !== nothing && l !== false)}
  </section>`;

  const row = (label: string, value: unknown) => html`<div class="summary__row"><dt>${label}</dt><dd dir="auto">${value}</dd></div>`;
  /** The photos and receipts of a case, as thumbnails and links. */
  const files = (ctx: StatusContext, list: readonly Attachment[]) => shown(ctx.base, list, ctx.t('f_attachments'));

  function returnStatus(ctx: StatusContext, r: Return): TemplateResult {
    const entry = (status: string) => r.timeline.filter((e) => e.status === status).pop();
    const at = PATH.indexOf(r.status);
    const steps: Step[] = PATH.map((status, n) => {
      const e = entry(status);
      const done = at >= 0 ? n < at || status === r.status : e !== undefined;
      return { label: t(`status_${status}`), state: n === at && status !== 'refunded' ? 'current' : done ? 'done' : 'next', at: e?.at, note: e?.note };
    });
    if (at < 0) {
      // Off the main path (investigation, cancelled, closed): what happened so far, then where it stands.
      const e = entry(r.status);
      steps.splice(steps.findLastIndex((s) => s.state === 'done') + 1, steps.length, {
        label: t(`status_${r.status}`),
        state: r.status === 'investigation' ? 'current' : 'done',
        at: e?.at,
        note: e?.note,
      });
    }
    const inv = r.investigation;
    const dnr = r.status === 'investigation' && inv?.branch === 'delivered_not_received';
    const can = (field: string) => r.editableFields.includes(field as never);
    const action = (kind: StatusAction, key: Key, quiet = true) =>
      html`<button type="button" class=${quiet ? 'button button--quiet' : 'button'} @click=${() => ctx.act(kind)}>${t(key)}</button>`;
    const editing = ctx.editing;
    let tools: TemplateResult;
    if (editing === 'confirm') {
      tools = html`<section class="card" role="group" aria-labelledby=${ctx.id('eh')}>
        <h3 id=${ctx.id('eh')} tabindex="-1">${t(dnr ? 'cancelFree' : 'cancelReturn')}</h3>
        <p>${t(dnr ? 'cancelFreeConfirm' : 'cancelConfirm', { reference: r.reference })}</p>
        ${ctx.failure()}
        <div class="actions">
          <button type="button" class="button" ?disabled=${ctx.busy} @click=${() => ctx.act('cancel')}>${t('cancelYes')}</button>
          ${action('close', 'cancelNo')}
        </div>
      </section>`;
    } else if (editing) {
      const title: Key = editing === 'items' ? 'editItems' : editing === 'method' ? 'editMethod' : dnr ? 'resend' : 'editTracking';
      tools = ctx.editor(t(title), dnr ? t('resendIntro') : undefined);
    } else {
      tools = html`<div class="actions">
        ${can('items') ? action('items', 'editItems') : nothing} ${can('method') ? action('method', 'editMethod') : nothing}
        ${can('trackingNumber') ? action('tracking', dnr ? 'resend' : 'editTracking', !dnr) : nothing}
        ${r.cancellable ? action('confirm', dnr ? 'cancelFree' : 'cancelReturn') : nothing}
        ${r.status === 'closed' ? action('problem', 'reportProblem') : nothing}
      </div>`;
    }
    return html`${ctx.heading(t('returnTitle', { reference: r.reference }))}
      <p class="badge">${t(`status_${r.status}`)}</p>
      ${timeline(steps)}
      ${next(ctx, [
        html`<p>${t(dnr ? 'next_dnr' : `next_${r.status}`)}</p>`,
        r.investigationOpensAt && html`<p>${t('investigationOpens', { date: ctx.date(r.investigationOpensAt) })}</p>`,
        inv && r.status === 'investigation' && html`<p>${t('investigationDeadline', { date: ctx.date(inv.deadline) })}</p>`,
        inv?.closedReason && r.status === 'closed' && english() && html`<p>${inv.closedReason}</p>`,
        r.refund &&
          html`<p>
            ${t('refundSummary', { amount: ctx.money(r.refund.amount), date: ctx.date(r.refund.refundedOn) })}
            ${r.refund.toShopper.amount > 0 ? t('refundToShopper', { amount: ctx.money(r.refund.toShopper), date: ctx.date(r.refund.expectedBy) }) : nothing}
          </p>`,
      ])}
      ${plan(ctx, r.plan, r.amount, r.refund === null)}
      <dl class="summary">
        ${row(ctx.t('f_items'), html`<ul class="plain">${r.items.map((i) => html`<li>${i.name} × ${i.quantity} · ${ctx.money(i.amount)}</li>`)}</ul>`)}
        ${row(ctx.t('f_reason'), ctx.t(`${r.reason}_reason`))}
        ${row(
          ctx.t('f_method'),
          html`${ctx.t(`method_${r.method}`)}${r.trackingNumber ? html`<br /><span dir="ltr">${[r.carrier, r.trackingNumber].filter(Boolean).join(' ')}</span>` : nothing}`,
        )}
        ${r.attachments.length ? row(ctx.t('f_attachments'), files(ctx, r.attachments)) : nothing}
      </dl>
      ${tools}`;
  }

  function problemStatus(ctx: StatusContext, p: Problem): TemplateResult {
    const open = OPEN_PROBLEM.includes(p.status);
    const seen = p.timeline.filter((e) => ['open', ...OPEN_PROBLEM, 'solved', 'closed'].includes(e.status));
    const steps: Step[] = seen.map((e, n) => ({
      label: t(`pstatus_${e.status as Problem['status']}`),
      state: n === seen.length - 1 && open ? 'current' : 'done',
      at: e.at,
      note: e.note,
    }));
    if (open) steps.push({ label: t('pstatus_solved'), state: 'next' });
    return html`${ctx.heading(t('problemTitle', { reference: p.reference }))}
      <p class="badge">${t(`pstatus_${p.status}`)}</p>
      <p>${ctx.t(`${p.type}_type`)}</p>
      ${timeline(steps)}
      ${next(ctx, [
        html`<p>${t(`pnext_${p.status}`)}</p>`,
        (p.status === 'awaiting_store' || p.status === 'open') && html`<p>${t('storeDeadline', { date: ctx.date(p.storeResponseDeadline) })}</p>`,
        p.escalatedAt && html`<p>${t('escalatedOn', { date: ctx.date(p.storeResponseDeadline), escalated: ctx.date(p.escalatedAt) })}</p>`,
        open && p.pausedAmount.amount > 0 && html`<p>${t('problemPaused', { amount: ctx.money(p.pausedAmount) })}</p>`,
        p.disputeCode && html`<p>${DISPUTES.includes(p.disputeCode) ? t(`dispute_${p.disputeCode as Dispute}`) : t('disputeLogged')}</p>`,
        open && html`<button type="button" class="button button--quiet" @click=${() => ctx.act('chat')}>${t('contactUs')}</button>`,
      ])}
      ${
        p.storeResponse
          ? html`<section class="card" aria-labelledby=${ctx.id('store')}>
            <h3 id=${ctx.id('store')}>${t('storeAnswer', { date: ctx.date(p.storeResponse.at) })}</h3>
            <p class="pre" dir="auto">${p.storeResponse.message}</p>
          </section>`
          : nothing
      }
      ${p.resolution ? html`<p><strong>${t('resolution')}</strong> <span dir="auto">${p.resolution.note}</span></p>` : nothing}
      <dl class="summary">
        ${row(ctx.t('f_description'), html`<span class="pre">${p.description}</span>`)}
        ${p.attachments.length ? row(ctx.t('f_attachments'), files(ctx, p.attachments)) : nothing}
      </dl>`;
  }

  function review(ctx: StatusContext, { draft: d, storeDays }: ReviewData): TemplateResult {
    const { mode, preview } = ctx;
    // The form shows its review once the order is loaded.
    const order = ctx.order!;
    const row = (label: string, value: unknown, step: string) => html`<div class="summary__row">
      <dt>${ctx.t(label)}</dt>
      <dd>
        ${value}
        <button type="button" class="link" @click=${() => ctx.go(step)}>
          ${t('change')}<span class="visually-hidden"> ${ctx.t(`step_${step}`)}</span>
        </button>
      </dd>
    </div>`;
    const orderRow = row('f_order', html`<span dir="auto">${order.merchant.name}</span> · <span dir="ltr">${order.reference}</span>`, 'find');
    if (mode === 'problem') {
      return html`<dl class="summary">
          ${orderRow} ${row('f_type', ctx.t(`${d.type}_type`), 'details')}
          ${row('f_description', html`<span class="pre" dir="auto">${d.description.trim()}</span>`, 'details')}
          ${d.attachments.length ? row('f_attachments', files(ctx, d.attachments), 'details') : nothing}
        </dl>
        <p>${t('problemNext', { days: storeDays })}</p>`;
    }
    const tracking = [d.carrier.trim(), d.tracking.trim().toUpperCase()].filter(Boolean).join(' ');
    return html`<dl class="summary">
        ${orderRow}
        ${row('f_items', html`<ul class="plain">${(preview?.items ?? []).map((i) => html`<li><span dir="auto">${i.name}</span> × ${i.quantity} · ${ctx.money(i.amount)}</li>`)}</ul>`, 'items')}
        ${row('f_reason', html`${ctx.t(`${d.reason}_reason`)}${d.comment.trim() ? html`<br /><span class="pre" dir="auto">${d.comment.trim()}</span>` : nothing}`, 'reason')}
        ${row('f_method', html`${ctx.t(`method_${d.method}`)}${d.tracking.trim() ? html`<br /><span dir="ltr">${tracking}</span>` : nothing}`, 'method')}
        ${d.attachments.length ? row('f_attachments', files(ctx, d.attachments), 'reason') : nothing}
      </dl>
      ${preview ? html`<p><strong>${t('returnValue', { amount: ctx.money(preview.amount) })}</strong></p>${plan(ctx, preview.plan, preview.amount, true)}` : nothing}`;
  }

  function done(ctx: StatusContext, c: Return | Problem): TemplateResult {
    return html`<div class="done">
      ${ctx.heading(t(ctx.ret ? 'returnDoneTitle' : 'problemDoneTitle'))}
      <p>${t('yourReference')}</p>
      <p class="reference" dir="ltr">${c.reference}</p>
      <p>${ctx.problem ? t('problemDoneNext', { date: ctx.date(ctx.problem.storeResponseDeadline) }) : t('returnDoneNext')}</p>
      <div class="actions">
        <button type="button" class="button" @click=${() => ctx.act('follow')}>${t('followStatus')}</button>
        <button type="button" class="button button--quiet" @click=${() => ctx.act('restart')}>${t('startOver')}</button>
      </div>
    </div>`;
  }

  return {
    plan,
    review,
    render: (ctx) =>
      ctx.view === 'done'
        ? done(ctx, ctx.ret ?? ctx.problem!)
        : html`${ctx.ret ? returnStatus(ctx, ctx.ret) : problemStatus(ctx, ctx.problem!)} ${ctx.editing ? nothing : ctx.failure()}`,
  };
}
