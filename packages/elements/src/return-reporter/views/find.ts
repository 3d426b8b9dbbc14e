import type { OrderSummary } from '@assist/contract';
import type { TemplateResult } from 'lit';
import type { ReporterFlow } from '../flow.js';
import { actions, heading, html, loading, nothing, radios, text } from './kit.js';

/** Without a token the shopper verifies with the order reference and their email or phone. */
function verify(f: ReporterFlow): TemplateResult {
  const d = f.draft.data;
  const contact = d.contact === 'email' ? text(f, 'email', { type: 'email', ltr: true }) : text(f, 'phone', { type: 'tel', ltr: true, hint: true });
  const label = (v: 'email' | 'phone') => f.t(`f_${v}`);
  return html`${heading(f, f.t('verifyTitle'))}
    <p class="muted">${f.t('verifyIntro')}</p>
    ${text(f, 'reference', { ltr: true, hint: true })}
    ${radios(f, 'contact', ['email', 'phone'] as const, label)}
    ${contact} ${actions(f, f.t('verify'))}`;
}

/** The first step: verify, or choose the order. */
export function find(f: ReporterFlow): TemplateResult {
  const { orders } = f;
  if (!f.token) return verify(f);
  if (!orders) return html`${heading(f, f.t('ordersTitle'))}${f.busy ? loading(f) : nothing}`;
  const label = (id: string) => {
    const o = orders.find((x) => x.id === id)!;
    return html`<strong dir="auto">${o.merchantName}</strong>
      <span class="muted"><span dir="ltr">${o.reference}</span> · ${f.date(o.createdAt)} · ${f.money(o.total)}</span>`;
  };
  const choice = orders.length
    ? radios(
        f,
        'order',
        orders.map((o: OrderSummary) => o.id),
        label,
        'orderId',
      )
    : html`<p>${f.t('noOrders')}</p>`;
  return html`${heading(f, f.t('ordersTitle'))} ${choice} ${actions(f, f.t('continue'))}`;
}
