import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PaymentPlan, Problem } from '@assist/contract';
import { assertError, key, setup } from './support.js';

const DAY = 86_400_000;
type Setup = ReturnType<typeof setup>;

const chargedTwice = {
  orderId: 'ord_de_twice',
  type: 'charged_twice',
  description: 'I was charged twice for the headphones: two charges of 129.99 on my card.',
} as const;

const report = (s: Setup, token: string, body: unknown, idempotencyKey: string) => s.call('POST', '/v1/problems', { token, body, headers: { 'idempotency-key': idempotencyKey } });
const admin = (s: Setup, path: string, body: unknown = {}) => s.call('POST', `/__admin/${path}`, { body });
const plan = async (s: Setup, token: string, orderId: string) => PaymentPlan.parse((await s.call('GET', `/v1/orders/${orderId}/payment-plan`, { token })).body);

describe('reporting a problem', () => {
  it('"charged twice" pauses the plan as a dispute and gives the store a deadline', async () => {
    const s = setup();
    const token = await s.login('jonas');
    assert.equal((await plan(s, token, 'ord_de_twice')).status, 'active');
    const answer = await report(s, token, chargedTwice, key(1));
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const problem = Problem.parse(answer.body);
    assert.equal(problem.status, 'awaiting_store');
    assert.match(problem.reference, /^P-[A-Z2-9]{6}$/);
    assert.equal(problem.storeResponseDeadline, '2026-11-25T10:00:00.000Z');
    assert.equal(problem.disputeCode, 'duplicate_charge');
    assert.deepEqual(problem.pausedInstalments, ['ins_de_twice_1']);
    assert.deepEqual(problem.pausedAmount, { amount: 12_999, currency: 'EUR' });
    assert.deepEqual(problem.attachments, []);
    assert.deepEqual(
      problem.timeline.map((t) => t.status),
      ['open', 'awaiting_store'],
    );
    // Notes the API writes come with a code and values, so pages can say them in the shopper's language.
    assert.deepEqual(
      problem.timeline.map((t) => [t.code, t.params]),
      [
        ['problem_payments_paused', undefined],
        ['store_asked', { merchant: problem.timeline[1]!.note!.match(/^We asked (.+) to respond/)![1], date: '2026-11-25' }],
      ],
    );

    const paused = await plan(s, token, 'ord_de_twice');
    assert.equal(paused.status, 'paused');
    assert.equal(paused.pausedReason, 'dispute');
    assert.equal(paused.instalments[0]!.status, 'paused');
    assert.deepEqual((await s.call('GET', `/v1/problems/${problem.id}`, { token })).body, problem);
    assert.deepEqual((await s.call('GET', '/v1/orders/ord_de_twice/problems', { token })).body.problems, [problem]);
  });

  it('escalates when the store has not responded by the deadline (by its deadline job, and by the QA tick)', async () => {
    const s = setup();
    let token = await s.login('jonas');
    const problem = Problem.parse((await report(s, token, chargedTwice, key(1))).body);
    const other = Problem.parse((await report(s, token, { ...chargedTwice, type: 'faulty_item', description: 'The left ear cup crackles.' }, key(2))).body);
    await s.scheduler.advance(7 * DAY - 1);
    token = await s.login('jonas');
    assert.equal((await s.call('GET', `/v1/problems/${problem.id}`, { token })).body.status, 'awaiting_store');
    await s.scheduler.advance(1);
    token = await s.login('jonas');
    const escalated = Problem.parse((await s.call('GET', `/v1/problems/${problem.id}`, { token })).body);
    assert.equal(escalated.status, 'escalated');
    assert.equal(escalated.escalatedAt, '2026-11-25T10:00:00.000Z', 'recorded when it became due, not when noticed');
    assert.deepEqual(escalated.investigation, { openedAt: '2026-11-25T10:00:00.000Z', deadline: '2026-12-09T10:00:00.000Z' }, 'we investigate within 14 days of taking over');
    assert.deepEqual(escalated.timeline.at(-1), {
      status: 'escalated',
      at: '2026-11-25T10:00:00.000Z',
      note: 'The store did not respond in time: we have taken over the case',
      code: 'store_no_response',
    });
    assert.equal((await plan(s, token, 'ord_de_twice')).status, 'paused', 'still paused while we take over');

    // Both were escalated by the order's deadline job (they are on the same order); the tick finds nothing left.
    assert.equal((await s.call('GET', `/v1/problems/${other.id}`, { token })).body.status, 'escalated');
    assert.equal((await admin(s, 'tick')).body.problems, 0);
  });

  it('the admin tick escalates problems nobody has looked at', async () => {
    const s = setup();
    const token = await s.login('olivia');
    const problem = Problem.parse((await report(s, token, { orderId: 'ord_gb_due', type: 'item_not_received', description: 'The watering can never arrived.' }, key(1))).body);
    s.clock.advance(8 * DAY);
    assert.equal((await admin(s, 'tick')).body.problems, 1);
    const all = (await s.call('GET', '/__admin/problems')).body.problems as Problem[];
    assert.equal(all.find((p) => p.id === problem.id)!.status, 'escalated');
  });

  it('the store responds: solved resumes payments, otherwise we investigate until it is solved or closed', async () => {
    const s = setup();
    const token = await s.login('jonas');
    const problem = Problem.parse((await report(s, token, chargedTwice, key(1))).body);
    const answered = await admin(s, `problems/${problem.id}/store-response`, { message: 'We see only one capture on our side.' });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(answered.body.status, 'investigating');
    assert.equal(problem.investigation, null, 'no investigation while the store has the case');
    const openedAt = answered.body.timeline.at(-1).at as string;
    assert.deepEqual(answered.body.investigation, { openedAt, deadline: new Date(Date.parse(openedAt) + 14 * DAY).toISOString() });
    assert.equal(answered.body.storeResponse.message, 'We see only one capture on our side.');
    assertError(await admin(s, `problems/${problem.id}/escalate`), 409, 'conflict');
    const solved = await admin(s, `problems/${problem.id}/resolve`, { outcome: 'charge_reversed', note: 'The second charge was reversed.' });
    assert.equal(solved.body.status, 'solved');
    assert.equal(solved.body.resolution.outcome, 'charge_reversed');
    assert.deepEqual(solved.body.investigation, answered.body.investigation, 'the investigation stays once the problem ends');
    assert.deepEqual(solved.body.pausedInstalments, []);
    assert.equal(solved.body.pausedAmount.amount, 0);
    const resumed = await plan(s, token, 'ord_de_twice');
    assert.equal(resumed.pausedReason, null);
    assert.equal(resumed.status, 'active');
    assertError(await admin(s, `problems/${problem.id}/close`, { reason: 'late' }), 409, 'conflict');

    const another = Problem.parse((await report(s, token, { ...chargedTwice, type: 'wrong_item', description: 'These are not the headphones I ordered.' }, key(2))).body);
    const solvedByStore = await admin(s, `problems/${another.id}/store-response`, { message: 'Replacement sent; keep the wrong pair.', solved: true });
    assert.equal(solvedByStore.body.status, 'solved');
    assert.equal(solvedByStore.body.resolution.outcome, 'solved_by_store');
  });

  it('allows one open problem of a kind per order', async () => {
    const s = setup();
    const token = await s.login('jonas');
    assert.equal((await report(s, token, chargedTwice, key(1))).status, 201);
    const again = await report(s, token, { ...chargedTwice, description: 'Still charged twice, please help me.' }, key(2));
    assertError(again, 409, 'problem_already_open');
    assert.match(again.body.error.message, /P-[A-Z2-9]{6}/);
  });

  it('takes files only as uploaded attachments: a list of file names is refused, and so is a short description', async () => {
    const s = setup();
    const token = await s.login('jonas');
    const names = await report(s, token, { ...chargedTwice, evidence: [{ fileName: 'photo.jpg', size: 1_000, contentType: 'image/jpeg' }] }, key(10));
    assertError(names, 400, 'validation_failed');
    assert.equal(names.body.error.issues[0].path, 'body', JSON.stringify(names.body.error.issues));
    const short = await report(s, token, { ...chargedTwice, description: 'help' }, key(11));
    assert.equal(short.body.error.issues[0].path, 'body.description');
    assert.equal((await report(s, token, chargedTwice, key(12))).status, 201);
  });

  it("answers another shopper's order or problem with 404", async () => {
    const s = setup();
    const olivia = await s.login('olivia');
    assertError(await report(s, olivia, chargedTwice, key(1)), 404, 'not_found');
    const jonas = await s.login('jonas');
    const problem = Problem.parse((await report(s, jonas, chargedTwice, key(1))).body);
    assertError(await s.call('GET', `/v1/problems/${problem.id}`, { token: olivia }), 404, 'not_found');
    assertError(await s.call('GET', '/v1/orders/ord_de_twice/problems', { token: olivia }), 404, 'not_found');
    assertError(await s.call('GET', '/v1/problems/prb_missing', { token: jonas }), 404, 'not_found');
    const noKey = await s.call('POST', '/v1/problems', { token: jonas, body: chargedTwice });
    assertError(noKey, 400, 'validation_failed');
  });

  it('"return not registered" opens the investigation of the return and is solved when it is registered', async () => {
    const s = setup();
    const token = await s.login('mason');
    const answer = await report(s, token, { orderId: 'ord_us_card', type: 'return_not_registered', description: 'I sent the machine back a while ago.' }, key(1));
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(answer.body.returnId, 'ret_us_card');
    assert.equal((await s.call('GET', '/v1/returns/ret_us_card', { token })).body.status, 'investigation');
    await admin(s, 'returns/ret_us_card/advance', { to: 'registered' });
    const solved = Problem.parse((await s.call('GET', `/v1/problems/${answer.body.id}`, { token })).body);
    assert.equal(solved.status, 'solved');
    assert.equal(solved.resolution!.outcome, 'return_registered');

    const wrongReturn = await report(s, token, { orderId: 'ord_us_card', type: 'other', description: 'About somebody else’s return.', returnId: 'ret_se_balance' }, key(2));
    assertError(wrongReturn, 400, 'validation_failed');
    assert.equal(wrongReturn.body.error.issues[0].path, 'body.returnId');
  });

  it('demo data include a problem the store solved, with nothing paused', async () => {
    const s = setup();
    const token = await s.login('jonas');
    const [solved] = (await s.call('GET', '/v1/orders/ord_de_paynow/problems', { token })).body.problems as Problem[];
    assert.equal(solved!.status, 'solved');
    assert.deepEqual(
      solved!.timeline.map((t) => t.status),
      ['open', 'awaiting_store', 'solved'],
    );
    assert.deepEqual(solved!.pausedInstalments, []);
  });
});
