import type { Availability } from '@assist/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onConfigChange } from '../config.js';

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
