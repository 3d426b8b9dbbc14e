import type { Order } from '@assist/contract';
import type { TemplateResult } from 'lit';
import type { ReporterFlow } from '../flow.js';
import { described, error, html, invalid, nothing } from './kit.js';

type Item = Order['items'][number];

/** How many of a chosen item go back. */
function quantity(f: ReporterFlow, item: Item, max: number): TemplateResult {
  const { items } = f.fields;
  const qty = 'qty-' + item.id;
  return html`<div class="field field--qty">
    <label for=${f.id(qty)}>${f.check.label(qty)}</label>
    <input
      id=${f.id(qty)}
      type="number"
      inputmode="numeric"
      min="1"
      max=${max}
      .value=${String(items[item.id] ?? '')}
      aria-invalid=${invalid(f, qty)}
      aria-describedby=${described(f, qty)}
      @input=${(e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        items[item.id] = value === '' ? null : Number(value);
        f.draft.input();
      }}
    />
    ${error(f, qty)}
  </div>`;
}

/** The items to return and how many of each; also the form that changes a reported return's items. */
export function items(f: ReporterFlow): TemplateResult {
  const chosen = f.fields.items;
  const row = (item: Item) => {
    const max = f.max(item.id);
    const returnable = f.t(max ? 'returnable' : 'notReturnable', { count: max });
    return html`<li class="item">
      <label class="choice">
        <input
          type="checkbox"
          id=${f.id('item-' + item.id)}
          .checked=${item.id in chosen}
          ?disabled=${max === 0}
          aria-invalid=${invalid(f, 'items')}
          aria-describedby=${described(f, 'items')}
          @change=${(e: Event) => {
            if ((e.target as HTMLInputElement).checked) chosen[item.id] = 1;
            else delete chosen[item.id];
            f.check.errors = {};
            f.draft.input();
          }}
        />
        <span>
          <strong dir="auto">${item.name}</strong>
          <span class="muted">${f.money(item.unitPrice)} · ${returnable}</span>
        </span>
      </label>
      ${item.id in chosen ? quantity(f, item, max) : nothing}
    </li>`;
  };
  return html`<fieldset class="field" aria-describedby=${described(f, 'items')}>
    <legend>${f.t('f_items')}</legend>
    <ul class="items">${f.order!.items.map(row)}</ul>
    ${error(f, 'items')}
  </fieldset>`;
}
