import type { ChatMessage } from '@assist/contract';
import type { CallbackRecord, ChatSessionRecord } from '../chat/records.js';
import type { Deps } from '../deps.js';
import type { CustomerRecord } from '../fixtures/orders.js';
import { MARKETS } from '../fixtures/markets.js';
import type { ProblemRecord } from '../problems/types.js';
import type { ReturnRecord } from '../returns/types.js';
import type { MailRecord } from '../store/types.js';
import { agentAnsweredMail, callbackMail, problemMail, returnMail, transcriptMail } from './templates.js';

/**
 * The mails the API sends on events, each to the verified shopper's address on file (never to an
 * address a request names: the API is not a way to mail strangers). Call them inside the unit that
 * makes the event, so the mail is committed with it. Each answers the queued mail, or null when there
 * is no verified shopper with an address to write to.
 */

type MailDeps = Pick<Deps, 'store' | 'mail'>;

async function shopper(deps: MailDeps, customerId: string | null): Promise<CustomerRecord | null> {
  if (!customerId) return null;
  const customer = await deps.store.customer(customerId);
  return customer?.email ? customer : null;
}

const timeZoneOf = (customer: CustomerRecord) => MARKETS[customer.market].timeZone;

/** "The return R-... is registered", with the items, the amount and what happens next. */
export async function mailReturnReported(deps: MailDeps, record: ReturnRecord): Promise<MailRecord | null> {
  const customer = await shopper(deps, record.customerId);
  if (!customer) return null;
  const order = await deps.store.order(record.orderId);
  const amount = record.items.reduce((sum, i) => sum + i.quantity * i.unitPrice, 0);
  const mail = returnMail({
    locale: customer.locale,
    timeZone: timeZoneOf(customer),
    name: customer.firstName,
    reference: record.reference,
    orderReference: order?.reference ?? record.orderId,
    amount: { amount, currency: record.currency },
    items: record.items.map((i) => `${i.quantity} × ${i.name}`),
    attachments: (record.attachments ?? []).map((a) => a.fileName),
  });
  return deps.mail.queue({ ...mail, eventKey: `return.reported:${record.id}`, kind: 'return_confirmation', to: customer.email });
}

/** "The problem P-... is registered", with the store's deadline. */
export async function mailProblemReported(deps: MailDeps, record: ProblemRecord): Promise<MailRecord | null> {
  const customer = await shopper(deps, record.customerId);
  if (!customer) return null;
  const order = await deps.store.order(record.orderId);
  const mail = problemMail({
    locale: customer.locale,
    timeZone: timeZoneOf(customer),
    name: customer.firstName,
    reference: record.reference,
    orderReference: order?.reference ?? record.orderId,
    deadline: record.storeResponseDeadline,
    attachments: (record.attachments ?? []).map((a) => a.fileName),
  });
  return deps.mail.queue({ ...mail, eventKey: `problem.reported:${record.id}`, kind: 'problem_confirmation', to: customer.email });
}

/** "We will call you between ... and ...", in the callback's market's time zone. */
export async function mailCallbackBooked(deps: MailDeps, record: CallbackRecord): Promise<MailRecord | null> {
  const customer = await shopper(deps, record.customerId);
  if (!customer) return null;
  const mail = callbackMail({
    locale: record.locale ?? customer.locale,
    timeZone: MARKETS[record.market].timeZone,
    name: customer.firstName,
    reference: record.reference,
    start: record.window.start,
    end: record.window.end,
  });
  return deps.mail.queue({ ...mail, eventKey: `callback.booked:${record.id}`, kind: 'callback_confirmation', to: customer.email });
}

/**
 * A copy of the chat up to its newest message. The event is the chat at that message: asking again
 * with nothing new answers the same mail, a new message makes a new copy; the copy sent when the
 * chat ends is one more event (`ended`).
 */
export async function mailTranscript(deps: MailDeps, session: ChatSessionRecord, messages: readonly ChatMessage[], occasion: 'requested' | 'ended'): Promise<MailRecord | null> {
  const customer = await shopper(deps, session.customerId);
  if (!customer) return null;
  const mail = transcriptMail({
    locale: session.locale,
    timeZone: timeZoneOf(customer),
    name: customer.firstName,
    ticketId: session.ticketId,
    agentName: session.agent?.name ?? null,
    messages,
  });
  const eventKey = occasion === 'ended' ? `chat.ended:${session.id}` : `chat.transcript:${session.id}:${session.lastSequence}`;
  return deps.mail.queue({ ...mail, eventKey, kind: 'chat_transcript', to: customer.email });
}

/** "An agent answered after you left": one mail per absence (the event is the time the shopper left). */
export async function mailAgentAnswered(deps: MailDeps, session: ChatSessionRecord, message: ChatMessage, leftAt: string): Promise<MailRecord | null> {
  const customer = await shopper(deps, session.customerId);
  if (!customer) return null;
  const agentName = session.agent?.name ?? 'Agent';
  const mail = agentAnsweredMail({ locale: session.locale, timeZone: timeZoneOf(customer), name: customer.firstName, ticketId: session.ticketId, agentName, message });
  return deps.mail.queue({ ...mail, eventKey: `chat.agent_answered:${session.id}:${leftAt}`, kind: 'agent_answered', to: customer.email });
}
