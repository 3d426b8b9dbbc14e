import { ApiFailure } from './failure.js';

/** QA fault injection: slow answers and failures, to see every error state of the components. */
export interface Faults {
  /** Added to every matching request, in milliseconds. */
  latencyMs: number;
  /** Share of matching requests that fail, 0 to 1. */
  errorRate: number;
  errorStatus: 429 | 500 | 503;
  /**
   * `before`: the request fails without effect. `after`: the request takes effect and only the
   * answer is lost, as when a connection drops (what idempotency keys are for).
   */
  timing: 'before' | 'after';
  /** Only requests whose path starts with this are affected. */
  pathPrefix: string;
}

export const NO_FAULTS: Faults = { latencyMs: 0, errorRate: 0, errorStatus: 503, timing: 'before', pathPrefix: '/v1/' };

const FAILURES = {
  429: () => new ApiFailure('rate_limited', 'Too many requests (injected by the QA fault settings)', { retryAfter: 1 }),
  500: () => new ApiFailure('internal', 'Server error (injected by the QA fault settings)'),
  503: () => new ApiFailure('unavailable', 'The service is unavailable (injected by the QA fault settings)', { retryAfter: 1 }),
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `next` under the QA fault settings: answers `undefined` when they do not apply to this path, so the caller goes on at once. */
export function withFaults(path: string, f: Faults, random: () => number, next: () => Promise<void>): Promise<void> | undefined {
  if (!path.startsWith(f.pathPrefix) || (f.latencyMs === 0 && f.errorRate === 0)) return undefined;
  return (async () => {
    if (f.latencyMs > 0) await sleep(f.latencyMs);
    const fail = f.errorRate > 0 && random() < f.errorRate;
    if (fail && f.timing === 'before') throw FAILURES[f.errorStatus]();
    await next();
    if (fail) throw FAILURES[f.errorStatus]();
  })();
}
