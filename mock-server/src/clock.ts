/** Time source of the API; tests and the QA admin surface move it to exercise deadlines. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved: deterministic fixtures and deadline tests. */
export class ManualClock implements Clock {
  #time: number;
  readonly #start: number;
  constructor(start: Date | string) {
    this.#time = new Date(start).getTime();
    this.#start = this.#time;
  }
  reset(): void {
    this.#time = this.#start;
  }
  now(): Date {
    return new Date(this.#time);
  }
  set(time: Date | string): void {
    this.#time = new Date(time).getTime();
  }
  advance(ms: number): void {
    this.#time += ms;
  }
}

export const DAY_MS = 86_400_000;

/** A clock QA can move: `set` makes "now" a given instant from here on, `reset` goes back to real time. */
export interface AdjustableClock extends Clock {
  set(time: Date | string): void;
  reset(): void;
}

/** The API's default clock: real time, movable by the QA admin surface. */
export class ShiftableClock implements AdjustableClock {
  #offsetMs: number;
  /** `offsetMs`: how far ahead of real time it starts (what `offsetMs` read from an earlier clock). */
  constructor(offsetMs = 0) {
    this.#offsetMs = offsetMs;
  }
  /** How far "now" is ahead of real time (negative: behind). */
  get offsetMs(): number {
    return this.#offsetMs;
  }
  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }
  set(time: Date | string): void {
    this.#offsetMs = new Date(time).getTime() - Date.now();
  }
  reset(): void {
    this.#offsetMs = 0;
  }
}
