import { OPEN_PROBLEM_STATUSES, type ChatCard, type Money, type Order, type Problem } from '@assist/contract';
import { MARKETS } from '../../fixtures/markets.js';
import { localDate } from '../../time.js';
import type { AssistantTurn, ReturnInfo } from '../assistant.js';
import { extendRefusal } from '../account-actions.js';
import type { ExtendRefusal } from '../phrases.js';
import { refundOverdue } from '../sla.js';
import { agentAction, extendAction } from './actions.js';
import type { AccountIntent } from './tables.js';
import { withArticle, type Turn } from './turn.js';

/** The answer to an account question about one of the verified shopper's orders, with the cards that show it. */
export async function forOrder(turn: Turn, intent: AccountIntent, order: Order): Promise<AssistantTurn> {
  return ANSWERS[intent](turn, order);
}

const ANSWERS: Record<AccountIntent, (turn: Turn, order: Order) => AssistantTurn | Promise<AssistantTurn>> = {
  order_status: orderStatus,
  payment_plan: paymentPlan,
  extend_due_date: extend,
  hold,
  refund_status: refunds,
  return_status: returns,
  problem_status: problems,
};

async function orderStatus(turn: Turn, order: Order): Promise<AssistantTurn> {
  const { p, f } = turn;
  const summary = await turn.ctx.tools.summary(order);
  const lines = [p.orderStatus(order.reference, order.merchant.name, p.orderStatusNames[order.status])];
  if (summary.nextPayment) lines.push(p.nextPayment(f.money(summary.nextPayment.amount), f.date(summary.nextPayment.dueDate)));
  // "My order never arrived" about an order with a problem reported on it: where that report stands.
  const open = (await turn.ctx.tools.problemsOf(order.id)).filter(isOpenProblem);
  if (open.length > 0) lines.push(...problemLines(turn, order, open));
  return { text: lines.join(' '), cards: [{ kind: 'order_summary', order: summary }], helped: true };
}

async function paymentPlan(turn: Turn, order: Order): Promise<AssistantTurn> {
  const { p, f } = turn;
  const plan = await turn.ctx.tools.plan(order.id);
  if (!plan) return { text: p.extendRefused.no_plan, helped: true };
  const lines: string[] = [];
  if (plan.status === 'completed') lines.push(p.planCompleted(order.reference));
  else {
    lines.push(p.planSummary(order.reference, f.money(plan.paid), f.money(plan.remaining)));
    const next = plan.instalments.find((i) => i.status !== 'paid' && i.status !== 'cancelled');
    if (next && plan.status !== 'cancelled') lines.push(p.nextPayment(f.money(next.amount), f.date(next.dueDate)));
    if (plan.status === 'paused') lines.push(p.planPaused);
    if (plan.collection) lines.push(p.planInCollection(plan.collection.agency));
  }
  return { text: lines.join(' '), cards: [{ kind: 'payment_plan', plan }], helped: true };
}

/** The next instalment's new due dates to choose from, or why it cannot move (with the offer of a person). */
async function extend(turn: Turn, order: Order): Promise<AssistantTurn> {
  const { p, f } = turn;
  const plan = await turn.ctx.tools.plan(order.id);
  if (!plan) return { text: p.extendRefused.no_plan, helped: true };
  const next = plan.instalments.find((i) => i.status !== 'paid' && i.status !== 'cancelled');
  const cards: ChatCard[] = [{ kind: 'payment_plan', plan }];
  if (!next || !next.extendable) {
    const reason: ExtendRefusal = next ? extendRefusal(next) : 'paid';
    return { text: `${p.extendRefused[reason]} ${p.offerPerson}`, cards, helped: true, actions: [agentAction(p, 'shopper_request', 'level_1')] };
  }
  return { text: p.extendOffer(f.money(next.amount), f.date(next.dueDate)), cards, helped: true, actions: [extendAction(p, f, order.id, next)] };
}

function hold(turn: Turn, order: Order): AssistantTurn {
  const { p, f } = turn;
  const pending = order.holds.find((h) => h.status === 'pending');
  if (!pending) return { text: p.noHold(order.reference), helped: true, ...withArticle(turn.article('charged-twice')) };
  const overdue = turn.ctx.tools.now().getTime() > Date.parse(pending.expectedReleaseBy);
  const amount = f.money(pending.amount);
  const by = f.date(pending.expectedReleaseBy.slice(0, 10));
  const reply: AssistantTurn = {
    text: overdue ? `${p.holdOverdue(amount, order.reference, by)} ${p.offerPerson}` : p.holdPending(amount, order.reference, by),
    cards: [{ kind: 'authorization_hold', orderId: order.id, hold: pending }],
    helped: true,
  };
  if (overdue) reply.actions = [agentAction(p, 'shopper_request', 'level_2')];
  return reply;
}

async function refunds(turn: Turn, order: Order): Promise<AssistantTurn> {
  const { p, f } = turn;
  const refunded = order.transactions.filter((t) => t.type === 'refund');
  const cards: ChatCard[] = [];
  const lines: string[] = [];
  if (refunded.length > 0) {
    lines.push(p.refunds(order.reference, refunded.map((t) => `${f.money(t.amount)} (${f.date(t.at.slice(0, 10))})`).join(', ')));
    cards.push({ kind: 'refunds', orderId: order.id, refunds: refunded });
  }
  const returned = (await turn.ctx.tools.returnsOf(order.id)).filter((r) => r.refund || r.status !== 'cancelled');
  for (const r of returned) {
    lines.push(...returnLines(turn, r));
    cards.push(returnCard(r));
  }
  if (lines.length === 0) lines.push(p.noRefunds(order.reference));
  const late = lateRefund(turn, order, returned);
  if (!late) return { text: lines.join(' '), cards, helped: true };
  lines.push(p.refundLate(f.money(late), order.reference));
  return { text: lines.join(' '), cards, helped: true, actions: [agentAction(p, 'refund_not_received', 'level_2')] };
}

/** A refund still not received 10 business days after it was sent (a pending refund, or a registered return not yet refunded): its amount. */
function lateRefund(turn: Turn, order: Order, returned: ReturnInfo[]): Money | undefined {
  const now = turn.ctx.tools.now();
  const pending = order.transactions.find((t) => t.type === 'refund' && t.status === 'pending' && refundOverdue(order.market, new Date(t.at), now));
  if (pending) return pending.amount;
  const waiting = returned.find((r) => r.status === 'registered' && r.refund && refundOverdue(order.market, new Date(`${r.refund.sentOn}T12:00:00Z`), now));
  return waiting?.refund?.amount;
}

async function returns(turn: Turn, order: Order): Promise<AssistantTurn> {
  const all = await turn.ctx.tools.returnsOf(order.id);
  if (all.length === 0) return { text: turn.p.noReturns(order.reference), helped: true, ...withArticle(turn.article('how-to-return')) };
  return { text: all.flatMap((r) => returnLines(turn, r)).join(' '), cards: all.map(returnCard), helped: true };
}

/** A return's status, and when its refund is expected. */
function returnLines(turn: Turn, r: ReturnInfo): string[] {
  const { p, f } = turn;
  const lines = [p.returnStatus(r.reference, p.returnStatusNames[r.status])];
  if (r.refund) lines.push(p.refundExpected(f.money(r.refund.amount), f.date(r.refund.expectedBy.slice(0, 10))));
  return lines;
}

function returnCard(r: ReturnInfo): ChatCard {
  const refund = r.refund ? { amount: r.refund.amount, expectedBy: r.refund.expectedBy } : null;
  return { kind: 'return_status', return: { id: r.id, reference: r.reference, orderId: r.orderId, status: r.status, refund } };
}

export const isOpenProblem = (problem: Problem): boolean => (OPEN_PROBLEM_STATUSES as readonly string[]).includes(problem.status);

/** The problems reported on an order: the open ones, or the latest when all are settled; none reported says how to report one. */
async function problems(turn: Turn, order: Order): Promise<AssistantTurn> {
  const all = await turn.ctx.tools.problemsOf(order.id);
  if (all.length === 0) return { text: turn.p.noProblem(order.reference), helped: true, ...withArticle(turn.article('after-reporting-a-problem')) };
  const open = all.filter(isOpenProblem);
  const shown = open.length > 0 ? open : all.slice(-1);
  // The article that fits where the case stands: the store did not answer, it is being looked into, or it is settled.
  const slug = shown.some((pr) => pr.status === 'escalated') ? 'store-not-responding' : open.length > 0 ? 'problem-investigation-status' : 'problem-solved';
  return { text: problemLines(turn, order, shown).join(' '), cards: shown.map(problemCard), helped: true, ...withArticle(turn.article(slug)) };
}

function problemCard(pr: Problem): ChatCard {
  const { id, reference, orderId, type, status, storeResponseDeadline, pausedAmount } = pr;
  return { kind: 'problem_status', problem: { id, reference, orderId, type, status, storeResponseDeadline, pausedAmount } };
}

/** Each problem's reference, its status in words and what happens next (by when, where the rules give a deadline); then that payments wait while one is open. */
function problemLines(turn: Turn, order: Order, shown: Problem[]): string[] {
  const { p, f } = turn;
  const lines: string[] = [];
  for (const pr of shown) {
    lines.push(p.problemStatus(pr.reference, order.reference, p.problemStatusNames[pr.status]));
    if (pr.status === 'open' || pr.status === 'awaiting_store') lines.push(p.problemStoreBy(f.date(localDate(new Date(pr.storeResponseDeadline), MARKETS[order.market].timeZone))));
    else if (pr.status === 'escalated') lines.push(p.problemTakenOver);
    else if (pr.status === 'investigating') lines.push(p.problemReviewing);
    else lines.push(p.problemResumed);
  }
  const paused = shown.filter(isOpenProblem).reduce<Money | null>((most, pr) => (pr.pausedAmount.amount > (most?.amount ?? 0) ? pr.pausedAmount : most), null);
  if (paused) lines.push(p.problemPaused(f.money(paused)));
  return lines;
}
