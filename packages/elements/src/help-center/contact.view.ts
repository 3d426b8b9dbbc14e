import type { Availability } from '@assist/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { wallTime } from '../internal/wall-time.js';
import type { NavigationController } from './navigation.controller.js';

/** "Still need help?": chat, a callback, and the phone with whether it is open and today's hours, once they are known. */
export function contactView(c: NavigationController): TemplateResult {
  const a = c.availability;
  return html`<section class="card" part="contact" aria-labelledby="${c.uid}-contact">
    <h3 id="${c.uid}-contact">${c.i18n.t('helpCenter.contactTitle')}</h3>
    <div class="contact">
      <div class="contact__option">
        <button type="button" class="button" @click=${() => c.contact('chat')}>${c.i18n.t('helpCenter.chat')}</button>
        <p>${c.i18n.t('helpCenter.chatHint')}</p>
      </div>
      <div class="contact__option">
        <button type="button" class="button button--quiet" @click=${() => c.contact('callback')}>${c.i18n.t('helpCenter.callback')}</button>
        <p>${c.i18n.t('helpCenter.callbackHint')}</p>
      </div>
      ${a ? phoneView(c, a) : nothing}
    </div>
  </section>`;
}

/**
 * The phone of the contact block: its numbers, whether it is open, and today's hours. Times are in the
 * shopper's own time zone, as in the chat launcher; when the market's clock shows other times, the
 * zone is named once, on the block's last time.
 */
function phoneView(c: NavigationController, a: Availability): TemplateResult {
  const phone = a.phone;
  const now = Date.parse(a.now);
  const hm = { hour: '2-digit', minute: '2-digit' } as const;
  const named = c.i18n.date(new Date(now), { ...hm, timeZone: a.timeZone }) !== c.i18n.date(new Date(now), hm);
  const time = (at: string | number, last?: boolean, weekday?: 'short') => c.i18n.date(new Date(at), { weekday, ...hm, ...(last && named ? { timeZoneName: 'short' } : {}) });
  // Today's hours are wall-clock times of the market's day.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: a.timeZone }).format(now);
  const today = phone.today;
  return html`<div class="contact__option">
    ${phone.numbers.map(
      (n) => html`<a class="button button--quiet" href=${n.tel} @click=${() => c.contact('phone', n.number)}>
        ${c.i18n.t('helpCenter.phone')}: <span dir="ltr">&nbsp;${n.number}</span>
      </a>`,
    )}
    <p class=${phone.open ? 'status--open' : ''}>
      ${
        phone.open && phone.closesAt
          ? c.i18n.t('helpCenter.openUntil', { time: time(phone.closesAt, !today) })
          : phone.nextOpening
            ? c.i18n.t('helpCenter.closedOpens', { time: time(phone.nextOpening, !today, 'short') })
            : ''
      }
    </p>
    <p>
      ${
        today
          ? c.i18n.t('helpCenter.hoursToday', { opens: time(wallTime(day, today.opens, a.timeZone)), closes: time(wallTime(day, today.closes, a.timeZone), true) })
          : c.i18n.t('helpCenter.closedToday')
      }
    </p>
  </div>`;
}
