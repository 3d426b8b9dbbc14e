import { html, nothing, type TemplateResult } from 'lit';
import { requestCallback } from './callback.js';
import { callSlots, type Slot } from './call-slots.js';
import type { ChatController } from './chat-controller.js';
import { TOPICS } from './rules.js';

/** The callback form (number, topic, day and hour in the market's time), or the booking it made. */
export function callbackView(c: ChatController): TemplateResult {
  const a = c.availability;
  // Times in the shopper's zone, like every time in the launcher; the zone is named at the end of a window when the market's differs.
  const hm = { hour: '2-digit', minute: '2-digit' } as const;
  const clock = (ms: number) => c.when(ms, hm);
  const span = (start: number, end: number) => `${c.i18n.date(new Date(start), hm)}–${clock(end)}`;
  const days = a ? callSlots(a) : new Map<string, Slot[]>();
  // Back to the chat, or to the start when there is none (the callback form opens from one of the two).
  const back = html`<button type="button" class="button button--quiet" @click=${() => c.show(c.link ? 'chat' : 'start')}>${c.t('chatLauncher.cbBack')}</button>`;
  const b = c.booked;
  // Set by the booking, cleared when the form opens.
  if (b) {
    return html`<div class="stack">
      <h3 tabindex="-1" data-autofocus>${c.t('chatLauncher.cbDone')}</h3>
      <p>${c.t('chatLauncher.cbConfirm', {
        phone: b.phoneMasked,
        day: c.i18n.date(b.window.start, { weekday: 'long', day: 'numeric', month: 'long' }),
        from: c.i18n.date(b.window.start, hm),
        to: clock(Date.parse(b.window.end)),
      })}</p>
      <p>${c.t('chatLauncher.cbReference', { reference: b.reference })}</p>
      ${back}
    </div>`;
  }
  return html`<form class="stack" novalidate @submit=${(e: Event) => requestCallback(c, e)}>
    <h3 tabindex="-1">${c.t('chatLauncher.cbTitle')}</h3>
    <p>${c.t('chatLauncher.cbIntro')}</p>
    ${c.field(
      'phone',
      c.t('chatLauncher.phone'),
      html`<input id=${c.id('phone')} name="phone" type="tel" autocomplete="tel" dir="ltr" value=${c.shopper?.phone ?? ''} aria-invalid=${c.invalid('phone')} aria-describedby=${c.described('phone', true)} />`,
      c.t('chatLauncher.phoneHint'),
    )}
    ${c.field('topic', c.t('chatLauncher.cbTopic'), html`<select id=${c.id('topic')} name="topic">${TOPICS.map((topic) => html`<option value=${topic}>${c.t(`chatLauncher.tp-${topic}`)}</option>`)}</select>`)}
    ${
      a === undefined
        ? html`<p role="status">${c.t('common.loading')}</p>`
        : !days.size
          ? html`<p class="error" role="alert">${c.t(a === null ? 'common.offline' : 'chatLauncher.cbNone')}</p>`
          : html`${c.field(
              'day',
              c.t('chatLauncher.cbDay'),
              html`<select id=${c.id('day')} name="day" @change=${(e: Event) => {
                c.day = (e.target as HTMLSelectElement).value;
                c.change();
              }}>
              ${[...days.keys()].map((d) => html`<option value=${d} ?selected=${d === c.day}>${c.i18n.date(d, { weekday: 'long', day: 'numeric', month: 'long' })}</option>`)}
            </select>`,
            )}
          ${c.field(
            'slot',
            c.t('chatLauncher.cbTime'),
            html`<select id=${c.id('slot')} name="slot">${(days.get(c.day) ?? []).map((s, i) => html`<option value=${i}>${span(s.start, s.end)}</option>`)}</select>`,
          )}`
    }
    ${c.errors.callback ? html`<p class="error" role="alert">${c.t(c.errors.callback)}</p>` : nothing}
    <div class="row">
      <button class="button" ?disabled=${c.busy || !days.size}>${c.t('chatLauncher.cbSubmit')}</button>
      ${back}
    </div>
  </form>`;
}
