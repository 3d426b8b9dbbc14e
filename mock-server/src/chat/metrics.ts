import { ESCALATION_LEVELS, type ChatMetrics, type MarketCode } from '@assist/contract';
import type { ChatKpiEvent, EscalationLevel } from './records.js';

/** Targets from the domain: the assistant answers within 60 s, a person within 3 minutes. */
export const FIRST_RESPONSE_TARGET_S = 60;
export const AGENT_FIRST_RESPONSE_TARGET_S = 180;
/** A shopper who comes back within this many days was not helped the first time. */
export const REPEAT_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

export interface MetricsRange {
  from?: string | undefined;
  to?: string | undefined;
  market?: MarketCode | undefined;
}

const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;
const round = (n: number) => Math.round(n * 1000) / 1000;

function duration(values: number[]) {
  if (values.length === 0) return { count: 0, averageSeconds: null, medianSeconds: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count: values.length, averageSeconds: round(values.reduce((s, v) => s + v, 0) / values.length), medianSeconds: round(median) };
}

function responseTime(values: number[], targetSeconds: number) {
  return {
    ...duration(values),
    targetSeconds,
    withinTarget: values.length === 0 ? null : round(values.filter((v) => v <= targetSeconds).length / values.length),
  };
}

/**
 * The KPIs of the chats started in the range (and market), from their recorded steps:
 * - first response: the shopper's first message (the `since` of `first_response`) to `first_response`;
 * - agent first response: `handoff` to `agent_first_response`;
 * - handle time: `session_started` to `resolved`;
 * - first-contact resolution: resolved chats whose shopper did not start another chat within the window after;
 *   anonymous chats cannot be followed and count as first contact when resolved;
 * - repeat contacts: chats whose shopper had started another chat within the window before;
 * - CSAT: share of ratings of 4 or 5.
 */
export function computeMetrics(events: readonly ChatKpiEvent[], range: MetricsRange = {}): ChatMetrics {
  const bySession = new Map<string, ChatKpiEvent[]>();
  for (const e of events) {
    const list = bySession.get(e.sessionId) ?? [];
    list.push(e);
    bySession.set(e.sessionId, list);
  }
  const first = (list: ChatKpiEvent[], type: ChatKpiEvent['type']) => list.filter((e) => e.type === type).sort((a, b) => a.at.localeCompare(b.at))[0];

  const starts = events
    .filter((e) => e.type === 'session_started')
    .filter((e) => (!range.market || e.market === range.market) && (!range.from || e.at >= range.from) && (!range.to || e.at < range.to));
  const startsByCustomer = new Map<string, number[]>();
  for (const e of events.filter((e) => e.type === 'session_started' && e.customerId)) {
    const list = startsByCustomer.get(e.customerId!) ?? [];
    list.push(Date.parse(e.at));
    startsByCustomer.set(e.customerId!, list);
  }
  const otherStartWithin = (customerId: string, at: number, direction: 1 | -1) =>
    (startsByCustomer.get(customerId) ?? []).some((t) => (direction === 1 ? t > at && t - at <= REPEAT_WINDOW_DAYS * DAY_MS : t < at && at - t <= REPEAT_WINDOW_DAYS * DAY_MS));

  const firstResponses: number[] = [];
  const agentFirstResponses: number[] = [];
  const handleTimes: number[] = [];
  const ratings: number[] = [];
  const handoffsByLevel = Object.fromEntries(ESCALATION_LEVELS.map((l) => [l, 0])) as Record<EscalationLevel, number>;
  let handoffs = 0;
  let resolved = 0;
  let firstContact = 0;
  let repeatContacts = 0;

  for (const start of starts) {
    const list = bySession.get(start.sessionId) ?? [];
    const response = first(list, 'first_response');
    if (response) firstResponses.push(seconds(response.since ?? start.at, response.at));
    const handoff = first(list, 'handoff');
    if (handoff) {
      handoffs++;
      handoffsByLevel[handoff.level ?? 'level_1']++;
      const agent = first(list, 'agent_first_response');
      if (agent) agentFirstResponses.push(seconds(agent.since ?? handoff.at, agent.at));
    }
    const resolution = first(list, 'resolved');
    if (resolution) {
      resolved++;
      handleTimes.push(seconds(start.at, resolution.at));
      if (!start.customerId || !otherStartWithin(start.customerId, Date.parse(start.at), 1)) firstContact++;
    }
    if (start.customerId && otherStartWithin(start.customerId, Date.parse(start.at), -1)) repeatContacts++;
    const rating = first(list, 'csat');
    if (rating?.rating !== undefined) ratings.push(rating.rating);
  }

  const satisfied = ratings.filter((r) => r >= 4).length;
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    market: range.market ?? null,
    sessions: starts.length,
    handoffs,
    handoffsByLevel,
    resolved,
    firstResponse: responseTime(firstResponses, FIRST_RESPONSE_TARGET_S),
    agentFirstResponse: responseTime(agentFirstResponses, AGENT_FIRST_RESPONSE_TARGET_S),
    handleTime: duration(handleTimes),
    firstContactResolution: { resolved, firstContact, rate: resolved === 0 ? null : round(firstContact / resolved), windowDays: REPEAT_WINDOW_DAYS },
    repeatContacts,
    csat: {
      responses: ratings.length,
      satisfied,
      rate: ratings.length === 0 ? null : round(satisfied / ratings.length),
      averageRating: ratings.length === 0 ? null : round(ratings.reduce((s, r) => s + r, 0) / ratings.length),
    },
  };
}
