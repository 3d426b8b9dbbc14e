import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { toErrorIssues } from '@assist/contract';
import type { Deps } from '../deps.js';
import { MARKETS } from '../fixtures/markets.js';
import { readJson, type AppContext, type AppEnv } from '../http/define.js';
import { validationFailure } from '../http/failure.js';
import { NO_FAULTS, type Faults } from '../http/faults.js';
import { DATA_SETS, type DataSet } from '../store/types.js';
import { addDays, isoDate, localDate, weekdayOf, zonedTime } from '../time.js';
import { answerJson } from '../http/answer.js';

/**
 * QA admin surface of the mock (never part of the product API): reset data, switch scenarios,
 * inject latency and failures, move the clock.
 */

interface Scenario {
  description: string;
  dataSet: DataSet;
  faults?: Partial<Faults>;
  /** Where to move the clock, from the real time; null keeps real time. */
  clock?: (now: Date) => Date;
}

/** Next Sunday 02:00 in Stockholm: every market is closed (Saturday evening in New York). */
function nextSundayNight(now: Date): Date {
  const today = localDate(now, MARKETS.SE.timeZone);
  return zonedTime(addDays(today, (7 - weekdayOf(today)) % 7 || 7), '02:00', MARKETS.SE.timeZone);
}

/** Midday on the next Christmas Day in Stockholm: a public holiday in every market. */
function nextChristmas(now: Date): Date {
  const year = now.getUTCFullYear();
  const thisYear = zonedTime(isoDate(year, 12, 25), '12:00', MARKETS.SE.timeZone);
  return thisYear > now ? thisYear : zonedTime(isoDate(year + 1, 12, 25), '12:00', MARKETS.SE.timeZone);
}

export const SCENARIOS: Record<string, Scenario> = {
  default: { description: 'All demo shoppers and orders; no faults; real time', dataSet: 'default' },
  'new-shopper': { description: 'One shopper with a single order placed an hour ago', dataSet: 'new-shopper' },
  'outside-hours': { description: 'Sunday night: chat agents and phones closed in every market', dataSet: 'default', clock: nextSundayNight },
  holiday: { description: 'Christmas Day: a public holiday in every market', dataSet: 'default', clock: nextChristmas },
  'slow-network': { description: 'Every API answer takes 2.5 s', dataSet: 'default', faults: { latencyMs: 2500 } },
  flaky: { description: 'Three in ten API requests fail with 503', dataSet: 'default', faults: { errorRate: 0.3, errorStatus: 503 } },
  'api-down': { description: 'Every API request fails with 503', dataSet: 'default', faults: { errorRate: 1, errorStatus: 503 } },
  'lost-responses': {
    description: 'Half of the API requests take effect but their answer is lost (503): retries must not duplicate',
    dataSet: 'default',
    faults: { errorRate: 0.5, errorStatus: 503, timing: 'after' },
  },
};

const ResetRequest = z.strictObject({ dataSet: z.optional(z.enum(DATA_SETS)) });
const ScenarioRequest = z.strictObject({
  name: z.enum(Object.keys(SCENARIOS) as [string, ...string[]]),
});
const FaultsRequest = z.strictObject({
  latencyMs: z.optional(z.int().check(z.minimum(0), z.maximum(60_000))),
  errorRate: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  errorStatus: z.optional(z.union([z.literal(429), z.literal(500), z.literal(503)])),
  timing: z.optional(z.enum(['before', 'after'])),
  pathPrefix: z.optional(z.string().check(z.regex(/^\/[A-Za-z0-9/_-]{0,100}$/))),
});
const ClockRequest = z.strictObject({ now: z.nullable(z.iso.datetime({ offset: true })) });

async function parse<T>(c: AppContext, schema: z.ZodMiniType<T>): Promise<T> {
  const result = schema.safeParse(await readJson(c));
  if (!result.success) throw validationFailure(toErrorIssues('body', result.error.issues));
  return result.data;
}

export function adminRoutes(app: Hono<AppEnv>, deps: Deps): void {
  const state = (scenario: string | null) => ({
    scenario,
    faults: deps.faults,
    now: deps.clock.now().toISOString(),
  });
  app.get('/__admin/scenarios', (c) =>
    answerJson(c, { current: deps.qa.scenario, scenarios: Object.entries(SCENARIOS).map(([name, s]) => ({ name, description: s.description, dataSet: s.dataSet })) }),
  );

  app.post('/__admin/reset', async (c) => {
    const body = await parse(c, ResetRequest);
    deps.clock.reset();
    Object.assign(deps.faults, NO_FAULTS);
    await deps.store.reset(body.dataSet ?? 'default');
    deps.qa.scenario = body.dataSet ?? 'default';
    return answerJson(c, state(deps.qa.scenario));
  });

  app.post('/__admin/scenario', async (c) => {
    const { name } = await parse(c, ScenarioRequest);
    const scenario = SCENARIOS[name]!;
    deps.clock.reset();
    if (scenario.clock) deps.clock.set(scenario.clock(deps.clock.now()));
    Object.assign(deps.faults, NO_FAULTS, scenario.faults);
    await deps.store.reset(scenario.dataSet);
    deps.qa.scenario = name;
    return answerJson(c, state(deps.qa.scenario));
  });

  app.post('/__admin/faults', async (c) => {
    const body = await parse(c, FaultsRequest);
    Object.assign(deps.faults, body);
    deps.qa.scenario = null;
    return answerJson(c, state(deps.qa.scenario));
  });

  app.post('/__admin/clock', async (c) => {
    const body = await parse(c, ClockRequest);
    if (body.now === null) deps.clock.reset();
    else deps.clock.set(body.now);
    return answerJson(c, state(deps.qa.scenario));
  });
}
