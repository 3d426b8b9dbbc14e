import type { ChatCard } from '@assist/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { TranslationKey } from '../i18n/strings.js';
import { loadHours } from './callback.js';
import type { ChatController } from './chat-controller.js';

/** An order, payment plan, return, problem, refunds or hold card in an answer; or, when agents are away, the way to a callback or a message. */
export function cardView(c: ChatController, card: ChatCard): TemplateResult {
  const status = (s: string) => c.t(`chatLauncher.s_${s}` as TranslationKey);
  const row = (term: string, value: string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  const date = (d: string) => c.i18n.date(d);
  const money = (m: { amount: number; currency: string }) => c.i18n.money(m.amount, m.currency);
  switch (card.kind) {
    case 'order_summary': {
      const o = card.order;
      return html`<section class="card" part="card"><h3 dir="auto">${c.t('chatLauncher.order', { reference: o.reference })} · ${o.merchantName}</h3><dl>
        ${row(c.t('chatLauncher.status'), status(o.status))}${row(c.t('chatLauncher.total'), money(o.total))}
        ${o.nextPayment ? row(c.t('chatLauncher.nextPayment'), c.t('chatLauncher.amountDue', { amount: money(o.nextPayment.amount), date: date(o.nextPayment.dueDate) })) : nothing}
      </dl></section>`;
    }
    case 'payment_plan': {
      const p = card.plan;
      return html`<section class="card" part="card"><h3>${c.t('chatLauncher.plan')} · ${status(p.status)}</h3><dl>
        ${row(c.t('chatLauncher.paid'), money(p.paid))}${row(c.t('chatLauncher.remaining'), money(p.remaining))}
        ${p.instalments.map((i) => row(c.t('chatLauncher.instalment', { n: i.sequence }), `${c.t('chatLauncher.amountDue', { amount: money(i.amount), date: date(i.dueDate) })} · ${status(i.status)}`))}
      </dl></section>`;
    }
    case 'return_status': {
      const r = card.return;
      return html`<section class="card" part="card"><h3>${c.t('chatLauncher.returnOf', { reference: r.reference })}</h3><dl>
        ${row(c.t('chatLauncher.status'), status(r.status))}
      </dl>${r.refund ? html`<p>${c.t('chatLauncher.refundBy', { amount: money(r.refund.amount), date: date(r.refund.expectedBy) })}</p>` : nothing}</section>`;
    }
    case 'refunds':
      return html`<section class="card" part="card"><h3>${c.t('chatLauncher.refunds')}</h3>${
        card.refunds.length ? html`<dl>${card.refunds.map((r) => row(date(r.at), `${money(r.amount)} · ${status(r.status)}`))}</dl>` : html`<p>${c.t('chatLauncher.noRefunds')}</p>`
      }</section>`;
    case 'authorization_hold':
      return html`<section class="card" part="card"><h3>${c.t('chatLauncher.hold', { amount: money(card.hold.amount) })} · ${status(card.hold.status)}</h3>
        <p>${c.t('chatLauncher.holdDates', { placed: date(card.hold.placedAt), release: date(card.hold.expectedReleaseBy) })}</p></section>`;
    case 'problem_status': {
      const pr = card.problem;
      const open = pr.status === 'open' || pr.status === 'awaiting_store';
      return html`<section class="card" part="card"><h3>${c.t('chatLauncher.problemOf', { reference: pr.reference })}</h3><dl>
        ${row(c.t('chatLauncher.status'), c.t(`chatLauncher.ps_${pr.status}`))}${open ? row(c.t('chatLauncher.storeAnswerBy'), date(pr.storeResponseDeadline)) : nothing}
        ${pr.pausedAmount.amount > 0 && pr.status !== 'solved' && pr.status !== 'closed' ? row(c.t('chatLauncher.s_paused'), money(pr.pausedAmount)) : nothing}
      </dl></section>`;
    }
    default:
      // The market's hours tell whether its clock differs from the shopper's (the zone is then named).
      if (c.availability === undefined) void loadHours(c);
      return html`<section class="card" part="card"><p>${card.nextOpening ? c.t('chatLauncher.agentsBack', { time: c.when(card.nextOpening) }) : c.t('chatLauncher.agentsAway')}</p>
        <button type="button" class="button button--quiet" @click=${() => c.show('callback')}>${c.t('chatLauncher.callback')}</button>
        <button type="button" class="button button--quiet" @click=${() => c.leave()}>${c.t('chatLauncher.leave')}</button></section>`;
  }
}
