import type { Availability } from '@assist/contract';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { onConfigChange } from '../config.js';
import { wallTime } from '../internal/wall-time.js';
import type { NavigationController } from './navigation.controller.js';

/** Where the contact block's phone hours come from (the help center's navigation). */
interface HoursSource {
  availability: Availability | undefined;
  loadAvailability(): Promise<void>;
}

const DAY_MS = 864e5;

/** Milliseconds from `now` to the next midnight in a time zone: when "today's hours" change. */
function toMidnight(now: number, timeZone: string): number {
  const [h = 0, m = 0, s = 0] = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .format(now)
    .split(':')
    .map(Number);
  return DAY_MS - ((h * 60 + m) * 60 + s) * 1000;
}

/**
 * Keeps the phone hours of the contact block current, without polling: they load again a moment after
 * they change (the phones open or close, the market's day turns), when the page is shown again after
 * being hidden (the clock may have moved meanwhile), and when the SDK configuration (the market) changes.
 * One timer at a time, set from the API's clock, so a moved mock clock is followed too.
 */
class HoursController implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The hours the timer was set for. */
  #planned: Availability | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #reload = () => void this.source.loadAvailability();
  readonly #shown = () => {
    if (document.visibilityState === 'visible') this.#reload();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly source: HoursSource,
  ) {
    host.addController(this);
    this.hostUpdated();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#shown);
    this.#unsubscribe = onConfigChange(this.#reload);
    // Back on the page after being taken off it: the hours may have changed meanwhile.
    if (this.#planned) {
      this.#planned = undefined;
      this.#reload();
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#shown);
    this.#unsubscribe?.();
    clearTimeout(this.#timer);
  }

  hostUpdated(): void {
    const a = this.source.availability;
    if (!a || a === this.#planned) return;
    this.#planned = a;
    clearTimeout(this.#timer);
    const now = Date.parse(a.now);
    const changes = [a.phone.closesAt, a.phone.nextOpening].map((at) => (at ? Date.parse(at) - now : 0)).filter((ms) => ms > 0);
    // A second past the change, so the API answers from its far side.
    this.#timer = setTimeout(this.#reload, Math.min(toMidnight(now, a.timeZone), ...changes) + 1000);
  }
}

/** Starts keeping the phone hours of a help center current (loaded with its first hours, not before). */
export function keepHoursCurrent(host: ReactiveControllerHost, source: HoursSource): void {
  new HoursController(host, source);
}

/**
 * The phone of the contact block: its numbers, whether it is open, and today's hours. Times are in the
 * shopper's own time zone, as in the chat launcher; when the market's clock shows other times, the
 * zone is named once, on the block's last time.
 */
export function phoneView(c: NavigationController, a: Availability): TemplateResult {
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
