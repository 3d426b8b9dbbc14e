import type { TemplateResult } from 'lit';
import type { CallbackController } from './callback-controller.js';
import { callSlots, type Slot } from './call-slots.js';
import { TOPICS } from './rules.js';
import { html, nothing, type Ui } from './ui.js';

/** The callback form (number, topic, day and hour in the market's time), or the booking it made. */
export function callbackView(ui: Ui, callback: CallbackController, booked: boolean, back: () => void): TemplateResult {
  const a = callback.availability;
  const zone = a?.timeZone;
  const clock = (ms: number) => ui.i18n.date(new Date(ms), { hour: '2-digit', minute: '2-digit', ...(zone ? { timeZone: zone } : {}) });
  const days = a ? callSlots(a) : new Map<string, Slot[]>();
  const backButton = html`<button type="button" class="button button--quiet" @click=${back}>${ui.t('chatLauncher.cbBack')}</button>`;
  if (booked && callback.booked) {
    const b = callback.booked;
    return html`<div class="stack">
      <h3 tabindex="-1" data-autofocus>${ui.t('chatLauncher.cbDone')}</h3>
      <p>${ui.t('chatLauncher.cbConfirm', {
        phone: b.phoneMasked,
        day: ui.i18n.date(b.window.start, { weekday: 'long', day: 'numeric', month: 'long', ...(zone ? { timeZone: zone } : {}) }),
        from: clock(Date.parse(b.window.start)),
        to: clock(Date.parse(b.window.end)),
      })}</p>
      <p>${ui.t('chatLauncher.cbReference', { reference: b.reference })}</p>
      ${backButton}
    </div>`;
  }
  return html`<form class="stack" novalidate @submit=${callback.request}>
    <h3 tabindex="-1">${ui.t('chatLauncher.cbTitle')}</h3>
    <p>${ui.t('chatLauncher.cbIntro')}</p>
    ${ui.field(
      'phone',
      ui.t('chatLauncher.phone'),
      html`<input id=${ui.id('phone')} name="phone" type="tel" autocomplete="tel" dir="ltr" aria-invalid=${ui.invalid('phone')} aria-describedby=${ui.described('phone', true)} />`,
      ui.t('chatLauncher.phoneHint'),
    )}
    ${ui.field('topic', ui.t('chatLauncher.cbTopic'), html`<select id=${ui.id('topic')} name="topic">${TOPICS.map((topic) => html`<option value=${topic}>${ui.t(`chatLauncher.tp-${topic}`)}</option>`)}</select>`)}
    ${a === undefined
      ? html`<p role="status">${ui.t('common.loading')}</p>`
      : !days.size
        ? html`<p class="error" role="alert">${ui.t(a === null ? 'common.offline' : 'chatLauncher.cbNone')}</p>`
        : html`${ui.field(
            'day',
            ui.t('chatLauncher.cbDay'),
            html`<select id=${ui.id('day')} name="day" @change=${(e: Event) => callback.choose((e.target as HTMLSelectElement).value)}>
              ${[...days.keys()].map((d) => html`<option value=${d} ?selected=${d === callback.day}>${ui.i18n.date(d, { weekday: 'long', day: 'numeric', month: 'long' })}</option>`)}
            </select>`,
          )}
          ${ui.field(
            'slot',
            ui.t('chatLauncher.cbTime'),
            html`<select id=${ui.id('slot')} name="slot">${(days.get(callback.day) ?? []).map((s, i) => html`<option value=${i}>${clock(s.start)}–${clock(s.end)}</option>`)}</select>`,
          )}`}
    ${ui.errors.callback ? html`<p class="error" role="alert">${ui.t(ui.errors.callback)}</p>` : nothing}
    <div class="row">
      <button class="button" ?disabled=${ui.busy || !days.size}>${ui.t('chatLauncher.cbSubmit')}</button>
      ${backButton}
    </div>
  </form>`;
}
