import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, Return } from '@assist/contract';
import { MemoryStore } from '../../mock-server/src/store/memory.js';
import type { ManualClock } from '../../mock-server/src/clock.js';
import type { Store } from '../../mock-server/src/store/types.js';
import { prng, SHOPPERS, testApp, type Answer, type Shopper, type TestApp } from './support.js';

/**
 * Reporting returns over a bad network: every return is submitted with an Idempotency-Key and
 * retried as a careful client does (after lost answers and its own timeouts), some as several
 * identical requests at once, some followed by the same key with another body; a few ask for more
 * than can still be returned. At least 1,000 submissions per store; afterwards each order has exactly
 * one return per unit that could be returned, every retry of a key got the same return, and nothing
 * else was created. Seeded. The API loses answers through its own fault injection (`timing: 'after'`:
 * the return is made, the answer is a 503) and fails some requests before they take effect.
 */

const SUBMISSIONS = 1000;
const REASONS = ['changed_mind', 'wrong_size', 'damaged', 'not_as_described', 'arrived_late', 'other'] as const;
const METHODS = ['drop_off', 'pickup', 'in_store'] as const;

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A store that answers after a short wait, as a database does: the window in which concurrent requests overlap. */
class LatentStore extends MemoryStore {
  override async idempotency(key: string) {
    await sleep(1);
    return super.idempotency(key);
  }
  override async saveIdempotency(...args: Parameters<MemoryStore['saveIdempotency']>) {
    await sleep(1);
    return super.saveIdempotency(...args);
  }
  override async returnsOfOrder(orderId: string) {
    await sleep(1);
    return super.returnsOfOrder(orderId);
  }
}

/** One return the shopper means to report: one unit of one item. */
interface Intent {
  token: string;
  key: string;
  orderId: string;
  itemId: string;
  body: { orderId: string; items: { itemId: string; quantity: number }[]; reason: string; method: string };
  pattern: 'plain' | 'duplicates' | 'timeout' | 'mismatch';
  /** Return ids of every successful answer to this key. */
  ids: Set<string>;
  /** Final answers other than successes (a refusal because nothing is left to return). */
  refusals: number;
  outcome: 'created' | 'refused' | 'gave up' | null;
}

interface Tally {
  submissions: number;
  lostAnswers: number;
  timeouts: number;
  duplicates: number;
  mismatches: number;
  problems: string[];
}

async function round(api: TestApp, random: Random, n: number, tally: Tally): Promise<void> {
  // What can be returned, per shopper, order and item, read through the API.
  const intents: Intent[] = [];
  const returnable = new Map<string, number>();
  for (const shopper of Object.keys(SHOPPERS) as Shopper[]) {
    const token = await api.login(shopper);
    for (const { id } of (await api.call('GET', '/v1/orders', { token })).body.orders as { id: string }[]) {
      const order = (await api.call('GET', `/v1/orders/${id}`, { token })).body as { items: { id: string; returnableQuantity: number }[] };
      for (const item of order.items) {
        returnable.set(item.id, item.returnableQuantity);
        // One intent per unit, and now and then one more than is left.
        const units = item.returnableQuantity + (item.returnableQuantity > 0 && random() < 0.15 ? 1 : 0);
        for (let u = 0; u < units; u++) {
          intents.push({
            token,
            key: `ret-r${n}-${intents.length}-${Math.floor(random() * 1e6)}`,
            orderId: id,
            itemId: item.id,
            body: { orderId: id, items: [{ itemId: item.id, quantity: 1 }], reason: pick(random, REASONS), method: pick(random, METHODS) },
            pattern: pick(random, ['plain', 'duplicates', 'duplicates', 'timeout', 'timeout', 'mismatch'] as const),
            ids: new Set(),
            refusals: 0,
            outcome: null,
          });
        }
      }
    }
  }
  assert.ok(intents.length >= 10, `only ${intents.length} returnable units`);

  api.deps.faults = { latencyMs: 2, errorRate: 0.3, errorStatus: 503, timing: random() < 0.75 ? 'after' : 'before', pathPrefix: '/v1/returns' };
  const abandoned: Promise<unknown>[] = [];

  const submit = async (intent: Intent, body: unknown = intent.body): Promise<Answer> => {
    tally.submissions++;
    return api.call('POST', '/v1/returns', { token: intent.token, body, headers: { 'idempotency-key': intent.key } });
  };
  /** Reads one answer to the intent's key: a return, a refusal, or a reason to try again. */
  const settle = (intent: Intent, answer: Answer): 'done' | 'retry' => {
    if (answer.status === 201 || answer.status === 200) {
      const parsed = Return.safeParse(answer.body);
      if (!parsed.success) tally.problems.push(`${intent.key}: a success that is not a Return: ${answer.text.slice(0, 200)}`);
      else intent.ids.add(parsed.data.id);
      intent.outcome = 'created';
      return 'done';
    }
    if (!ApiError.safeParse(answer.body).success) {
      tally.problems.push(`${intent.key}: ${answer.status} not in the error shape: ${answer.text.slice(0, 200)}`);
      return 'done';
    }
    const code = answer.body.error.code as string;
    if (answer.status === 503 && code === 'unavailable') {
      tally.lostAnswers++;
      return 'retry';
    }
    if (answer.status === 409 && code === 'idempotency_in_progress') return 'retry';
    if (answer.status === 400 && code === 'validation_failed' && /quantity/.test(JSON.stringify(answer.body.error.issues))) {
      intent.refusals++;
      if (intent.outcome !== 'created') intent.outcome = 'refused';
      return 'done';
    }
    tally.problems.push(`${intent.key}: unexpected ${answer.status} ${answer.text.slice(0, 200)}`);
    return 'done';
  };

  const client = async (intent: Intent): Promise<void> => {
    await sleep(Math.floor(random() * 3));
    for (let attempt = 0; attempt < 25; attempt++) {
      if (intent.pattern === 'duplicates' && attempt === 0) {
        const copies = 2 + Math.floor(random() * 3);
        tally.duplicates += copies - 1;
        const answers = await Promise.all(Array.from({ length: copies }, () => submit(intent)));
        if (answers.map((a) => settle(intent, a)).includes('done') && intent.outcome !== null) return;
        continue;
      }
      if (intent.pattern === 'timeout' && attempt < 2) {
        // The client gives up waiting after 1 ms (the API takes longer) and tries again; the first request carries on.
        const request = submit(intent);
        const answer = await Promise.race([request, sleep(1).then(() => null)]);
        if (answer === null) {
          tally.timeouts++;
          abandoned.push(request.then((late) => (late.status === 201 && Return.safeParse(late.body).success ? intent.ids.add(late.body.id) : undefined)));
          continue;
        }
        if (settle(intent, answer) === 'done') return;
        continue;
      }
      if (settle(intent, await submit(intent)) === 'done') return;
      await sleep(random() < 0.5 ? 0 : 1);
    }
    intent.outcome = 'gave up';
  };

  await Promise.all(intents.map(client));
  await Promise.all(abandoned);

  // The same key with another body: refused, whatever the first request did, and nothing is made.
  api.deps.faults = { latencyMs: 0, errorRate: 0, errorStatus: 503, timing: 'before', pathPrefix: '/v1/' };
  for (const intent of intents.filter((i) => i.pattern === 'mismatch' && i.outcome === 'created')) {
    tally.mismatches++;
    const other = await submit(intent, { ...intent.body, reason: intent.body.reason === 'other' ? 'damaged' : 'other', comment: 'changed my mind about the reason' });
    if (other.status !== 422 || other.body?.error?.code !== 'idempotency_mismatch')
      tally.problems.push(`${intent.key}: same key, other body answered ${other.status} ${other.text.slice(0, 160)}`);
    // A plain retry still answers the first return.
    const again = await submit(intent);
    if (again.status !== 201 || again.headers.get('idempotent-replayed') !== 'true' || !intent.ids.has(again.body.id)) {
      tally.problems.push(`${intent.key}: a replay answered ${again.status} ${again.headers.get('idempotent-replayed')} ${again.text.slice(0, 160)}`);
    }
  }

  // Exactly one return per unit that could be returned; each key has one return; nothing else exists.
  for (const intent of intents) {
    if (intent.outcome === 'gave up' || intent.outcome === null) tally.problems.push(`${intent.key}: no answer after 25 attempts`);
    if (intent.ids.size > 1) tally.problems.push(`${intent.key}: one key made ${intent.ids.size} returns: ${[...intent.ids].join(', ')}`);
    if (intent.ids.size > 0 && intent.refusals > 0) tally.problems.push(`${intent.key}: the same request was answered with a return and refused ${intent.refusals} time(s)`);
  }
  const byOrder = new Map<string, Intent[]>();
  for (const intent of intents) byOrder.set(intent.orderId, [...(byOrder.get(intent.orderId) ?? []), intent]);
  for (const [orderId, list] of byOrder) {
    const answer = await api.call('GET', `/v1/orders/${orderId}/returns`, { token: list[0]!.token });
    assert.equal(answer.status, 200, answer.text);
    const stored = (answer.body.returns as { id: string; items: { itemId: string; quantity: number }[] }[]).map((r) => r.id).sort();
    const made = list.flatMap((i) => [...i.ids]).sort();
    const expected = [...new Set(list.map((i) => i.itemId))].reduce((sum, itemId) => sum + (returnable.get(itemId) ?? 0), 0);
    if (stored.length !== expected) tally.problems.push(`${orderId}: ${stored.length} returns stored, ${expected} expected`);
    if (JSON.stringify(stored) !== JSON.stringify([...new Set(made)].sort())) {
      tally.problems.push(`${orderId}: the stored returns ${stored.join(', ')} are not the ones the clients were answered ${made.join(', ')}`);
    }
    for (const itemId of new Set(list.map((i) => i.itemId))) {
      const forItem = list.filter((i) => i.itemId === itemId);
      const created = forItem.filter((i) => i.outcome === 'created').length;
      if (created !== returnable.get(itemId)) tally.problems.push(`${itemId}: ${created} returns made for ${returnable.get(itemId)} returnable units`);
    }
  }
}

async function scenario(store: ((clock: ManualClock) => Store) | undefined, seed: number) {
  const random = prng(seed);
  const tally: Tally = { submissions: 0, lostAnswers: 0, timeouts: 0, duplicates: 0, mismatches: 0, problems: [] };
  let rounds = 0;
  while (tally.submissions < SUBMISSIONS) {
    const api = testApp({ random: prng(seed + rounds) }, store);
    await round(api, random, rounds++, tally);
  }
  return { ...tally, rounds };
}

describe('idempotent return reports under retries, timeouts and concurrent duplicates', () => {
  it('make exactly one return per returnable unit, with the in-memory store', async (t) => {
    const result = await scenario(undefined, 1001);
    t.diagnostic(
      `${result.submissions} submissions in ${result.rounds} rounds: ${result.lostAnswers} answers lost or failed, ${result.timeouts} client timeouts, ${result.duplicates} concurrent duplicates, ${result.mismatches} reused keys`,
    );
    assert.ok(result.submissions >= SUBMISSIONS);
    assert.ok(result.lostAnswers > 0 && result.timeouts > 0 && result.duplicates > 0 && result.mismatches > 0, 'every kind of trouble happened');
    assert.deepEqual(result.problems.slice(0, 15), [], `${result.problems.length} problems`);
  });

  it('make exactly one return per returnable unit, with a store that takes a moment to answer', async (t) => {
    const result = await scenario((clock) => new LatentStore(clock), 2002);
    t.diagnostic(
      `${result.submissions} submissions in ${result.rounds} rounds: ${result.lostAnswers} answers lost or failed, ${result.timeouts} client timeouts, ${result.duplicates} concurrent duplicates, ${result.mismatches} reused keys`,
    );
    assert.ok(result.submissions >= SUBMISSIONS);
    assert.deepEqual(result.problems.slice(0, 15), [], `${result.problems.length} problems`);
  });
});
