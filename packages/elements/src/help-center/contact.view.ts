import { html, nothing, type TemplateResult } from 'lit';
import type { NavigationController } from './navigation.controller.js';

/** A time in the market's time zone (with its weekday when it is not today), in the shopper's convention. */
const time = (c: NavigationController, value: string | Date, weekday?: 'short', timeZone = c.availability?.timeZone) =>
  c.i18n.date(value, { weekday, hour: '2-digit', minute: '2-digit', timeZone });

/** Opening hours are wall-clock times of the market. */
const wall = (c: NavigationController, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return time(c, new Date(Date.UTC(2000, 0, 1, h, m)), undefined, 'UTC');
};

/**
 * What the contact options need whatever the phone hours are, the formatter of wall-clock times, made
 * while the requests are on their way rather than in the task their answer arrives in (making an Intl
 * formatter costs far more than using it).
 */
export function prepareContact(c: NavigationController): void {
  wall(c, '00:00');
}

/** "Still need help?": chat, a callback, and the phone with whether it is open and today's hours, once they are known. */
export function contactView(c: NavigationController): TemplateResult {
  const phone = c.availability?.phone;
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
      ${
        phone
          ? html`<div class="contact__option">
            ${phone.numbers.map(
              (n) => html`<a class="button button--quiet" href=${n.tel} @click=${() => c.contact('phone', n.number)}>
                ${c.i18n.t('helpCenter.phone')}: <span dir="ltr">&nbsp;${n.number}</span>
              </a>`,
            )}
            <p class=${phone.open ? 'status--open' : ''}>
              ${
                phone.open && phone.closesAt
                  ? c.i18n.t('helpCenter.openUntil', { time: time(c, phone.closesAt) })
                  : phone.nextOpening
                    ? c.i18n.t('helpCenter.closedOpens', { time: time(c, phone.nextOpening, 'short') })
                    : ''
              }
            </p>
            <p>
              ${phone.today ? c.i18n.t('helpCenter.hoursToday', { opens: wall(c, phone.today.opens), closes: wall(c, phone.today.closes) }) : c.i18n.t('helpCenter.closedToday')}
            </p>
          </div>`
          : nothing
      }
    </div>
  </section>`;
}
