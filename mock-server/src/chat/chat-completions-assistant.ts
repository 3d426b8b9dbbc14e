import { redactCardNumbers, type Order } from '@assist/contract';
import type { Assistant, AssistantContext, AssistantTurn, AssistantTools } from './assistant.js';
import { levelFor } from './handoff.js';
import { phrasesFor } from './phrases.js';
import type { HandoffReason } from './records.js';
import { callbackAction, feedbackAction } from './rule-assistant/actions.js';
import { accountTurn } from './rule-assistant/rule-assistant.js';
import { ACCOUNT_INTENTS, type AccountIntent } from './rule-assistant/tables.js';

/**
 * An assistant behind an OpenAI-compatible chat-completions endpoint (`POST {url}/chat/completions`).
 * The model writes the answers; the account stays with us:
 * - account look-ups and actions are its tools; a tool call never acts: it becomes the same answer or
 *   proposed action (with the shopper's confirmation and the server's once-only handling) the built-in
 *   assistant gives for that order;
 * - only the verified shopper's own orders are sent, and card numbers are redacted from every text;
 * - a timeout, an error status, an answer that cannot be read or a tool it may not call: the fallback
 *   assistant answers that turn, and the failure is logged without the shopper's words.
 */

export interface ChatCompletionsOptions {
  /** The API's base URL, e.g. `https://llm.example/v1`; `/chat/completions` is appended. */
  url: string;
  model: string;
  /** Sent as `Authorization: Bearer <key>` when set. */
  key?: string | undefined;
  /** How long one turn may take before the fallback answers. */
  timeoutMs: number;
  /** Answers quick replies and every turn the endpoint cannot. */
  fallback: Assistant;
  /** Where failures are reported (never with the message text). */
  log?: (line: string) => void;
}

export const DEFAULT_ASSISTANT_TIMEOUT_MS = 4_000;
/** Conversation turns sent along: the newest ones. */
const HISTORY = 20;
const MAX_REPLY = 4_000;

/** A tool the model may call, and what it stands for. */
interface ToolSpec {
  description: string;
  /** The account question it answers with the built-in assistant's answer, or what it asks for. */
  does: { intent: AccountIntent } | { handoff: true } | { callback: true };
  verified: boolean;
}

const ACCOUNT_TOOL_DESCRIPTIONS: Record<AccountIntent, string> = {
  order_status: "Show the status of one of the shopper's orders.",
  payment_plan: 'Show the payment plan of an order: what is paid, what is left, the next due date.',
  extend_due_date: "Offer to move the next payment's due date (the shopper confirms the new date before anything changes).",
  hold: 'Explain a pending authorization hold on an order.',
  refund_status: 'Show the refunds on an order and when a pending refund is expected.',
  return_status: 'Show the status of the returns on an order.',
  problem_status: 'Show the status of the problems the shopper reported on an order, what happens next and by when.',
};

const TOOLS: Record<string, ToolSpec> = {
  ...Object.fromEntries(ACCOUNT_INTENTS.map((intent) => [intent, { description: ACCOUNT_TOOL_DESCRIPTIONS[intent], does: { intent }, verified: true }])),
  talk_to_person: { description: 'Pass the chat to a person. Use for complaints, suspected fraud, or when the shopper asks.', does: { handoff: true }, verified: false },
  request_callback: { description: 'Offer the shopper a phone call back.', does: { callback: true }, verified: false },
};
const HANDOFF_REASONS_FOR_MODEL = ['shopper_request', 'complaint', 'fraud_suspected'] as const satisfies readonly HandoffReason[];

/** Why a turn fell back: logged, never with the message text. */
class Unusable extends Error {}

export class ChatCompletionsAssistant implements Assistant {
  readonly #options: ChatCompletionsOptions;

  constructor(options: ChatCompletionsOptions) {
    this.#options = options;
  }

  async reply(ctx: AssistantContext): Promise<AssistantTurn> {
    // Quick replies (an order chosen, "that helped", a topic) are the built-in assistant's own cards.
    if (ctx.input.kind === 'choice') return this.#options.fallback.reply(ctx);
    try {
      return await this.#turn(ctx);
    } catch (error) {
      const why = error instanceof Unusable ? error.message : error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'could not be reached';
      (this.#options.log ?? console.warn)(`[assist-api] the chat-completions assistant ${why}; the built-in assistant answered this turn`);
      return this.#options.fallback.reply(ctx);
    }
  }

  async #turn(ctx: AssistantContext): Promise<AssistantTurn> {
    const { url, model, key, timeoutMs } = this.#options;
    const orders = ctx.verified ? await ctx.tools.orders() : [];
    const allowed = Object.entries(TOOLS).filter(([, spec]) => !spec.verified || ctx.verified);
    const body = {
      model,
      messages: [{ role: 'system', content: redact(await instructions(ctx, orders)) }, ...conversation(ctx)],
      tools: allowed.map(([name, spec]) => ({ type: 'function', function: { name, description: spec.description, parameters: parametersOf(spec) } })),
      tool_choice: 'auto',
    };
    const response = await fetch(`${url.replace(/\/$/, '')}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Unusable(`answered ${response.status}`);
    const message = messageOf(await response.json().catch(() => undefined));
    const call = message.toolCalls[0];
    if (call)
      return this.#tool(
        ctx,
        orders,
        call,
        allowed.map(([name]) => name),
      );
    if (!message.content) throw new Unusable('answered neither text nor a tool call');
    return { text: message.content.slice(0, MAX_REPLY), helped: true, actions: [feedbackAction(phrasesFor(ctx.locale))] };
  }

  /** A tool call, turned into the built-in assistant's answer or proposal for it. */
  async #tool(ctx: AssistantContext, orders: Order[], call: { name: string; arguments: Record<string, unknown> }, allowed: string[]): Promise<AssistantTurn> {
    const spec = TOOLS[call.name];
    if (!spec || !allowed.includes(call.name)) throw new Unusable('called a tool it may not call');
    const p = phrasesFor(ctx.locale);
    if ('callback' in spec.does) return { text: p.callbackOffer, helped: true, actions: [callbackAction(p)] };
    if ('handoff' in spec.does) {
      const reason = HANDOFF_REASONS_FOR_MODEL.find((r) => r === call.arguments.reason) ?? 'shopper_request';
      return { text: p.handingOver, helped: true, handoff: { reason, level: levelFor(reason) } };
    }
    const reference = typeof call.arguments.order_reference === 'string' ? call.arguments.order_reference.toUpperCase() : '';
    const order = orders.find((o) => o.reference === reference);
    if (!order) throw new Unusable('asked about an order that is not the shopper’s');
    return accountTurn(ctx, spec.does.intent, order.id);
  }
}

function parametersOf(spec: ToolSpec): Record<string, unknown> {
  if ('intent' in spec.does) {
    return {
      type: 'object',
      properties: { order_reference: { type: 'string', description: 'The order reference, e.g. SE-4K7M2QXP' } },
      required: ['order_reference'],
      additionalProperties: false,
    };
  }
  if ('handoff' in spec.does) {
    return { type: 'object', properties: { reason: { type: 'string', enum: [...HANDOFF_REASONS_FOR_MODEL] } }, required: ['reason'], additionalProperties: false };
  }
  return { type: 'object', properties: {}, additionalProperties: false };
}

const redact = (text: string): string => redactCardNumbers(text).text;

/** The chat so far as the model reads it: the shopper's and our words, card numbers redacted. */
function conversation(ctx: AssistantContext): { role: 'user' | 'assistant'; content: string }[] {
  const turns = ctx.history
    .filter((m) => m.author !== 'system')
    .slice(-HISTORY)
    .map((m) => ({ role: m.author === 'shopper' ? ('user' as const) : ('assistant' as const), content: redact(m.text) }));
  const last = turns.at(-1);
  if (ctx.input.kind === 'message' && (last?.role !== 'user' || last.content !== redact(ctx.input.text))) turns.push({ role: 'user', content: redact(ctx.input.text) });
  return turns;
}

/** What the model is told: who it speaks for, the language, and the verified shopper's own account. */
async function instructions(ctx: AssistantContext, orders: Order[]): Promise<string> {
  const lines = [
    'You are the customer service assistant of a pay-later payment provider, chatting with a shopper.',
    `Answer briefly, in the language of the shopper's last message (the page is in ${ctx.locale}).`,
    'Use the tools to show account details or to offer actions: never say an action was done yourself.',
    'Never ask for a full card number.',
  ];
  if (!ctx.verified) {
    lines.push('The shopper is not verified: you cannot see their orders. For account questions, ask them to verify with their order reference and email or phone.');
    return lines.join('\n');
  }
  lines.push(`The shopper${ctx.firstName ? `, ${ctx.firstName},` : ''} is verified. Their orders, newest first (JSON):`);
  lines.push(JSON.stringify(await accountOf(ctx.tools, orders)));
  return lines.join('\n');
}

/** The shopper's orders as the model sees them: no ids, no contact details. */
async function accountOf(tools: AssistantTools, orders: Order[]): Promise<unknown[]> {
  return Promise.all(
    orders.map(async (o) => {
      const plan = await tools.plan(o.id);
      const returns = await tools.returnsOf(o.id);
      const problems = await tools.problemsOf(o.id);
      return {
        reference: o.reference,
        merchant: o.merchant.name,
        placed: o.createdAt.slice(0, 10),
        status: o.status,
        total: o.total,
        items: o.items.map((i) => ({ name: i.name, quantity: i.quantity, price: i.unitPrice })),
        holds: o.holds.map((h) => ({ amount: h.amount, status: h.status, expectedReleaseBy: h.expectedReleaseBy.slice(0, 10) })),
        refunds: o.transactions.filter((t) => t.type === 'refund').map((t) => ({ amount: t.amount, at: t.at.slice(0, 10), status: t.status })),
        returns: returns.map((r) => ({ reference: r.reference, status: r.status, refund: r.refund })),
        problems: problems.map((p) => ({
          reference: p.reference,
          type: p.type,
          status: p.status,
          storeMustAnswerBy: p.storeResponseDeadline.slice(0, 10),
          resolution: p.resolution?.outcome ?? null,
        })),
        plan: plan
          ? {
              status: plan.status,
              // A plan paused by an open return, problem report or dispute says which.
              pausedBecause: plan.pausedReason,
              remaining: plan.remaining,
              instalments: plan.instalments.map((i) => ({ due: i.dueDate, amount: i.amount, status: i.status, moved: i.originalDueDate !== null })),
            }
          : null,
      };
    }),
  );
}

/** The first choice's message of a chat-completions answer: its text and tool calls, or Unusable. */
function messageOf(body: unknown): { content: string | null; toolCalls: { name: string; arguments: Record<string, unknown> }[] } {
  const message = (body as { choices?: { message?: unknown }[] } | undefined)?.choices?.[0]?.message;
  if (typeof message !== 'object' || message === null) throw new Unusable('answered something that is not a chat completion');
  const { content, tool_calls: calls } = message as { content?: unknown; tool_calls?: unknown };
  if (content !== undefined && content !== null && typeof content !== 'string') throw new Unusable('answered content that is not text');
  const toolCalls = (Array.isArray(calls) ? calls : []).map((call: unknown) => {
    const fn = (call as { function?: { name?: unknown; arguments?: unknown } } | null)?.function;
    if (typeof fn?.name !== 'string') throw new Unusable('answered a tool call without a name');
    let args: unknown;
    try {
      args = typeof fn.arguments === 'string' && fn.arguments.trim() !== '' ? JSON.parse(fn.arguments) : (fn.arguments ?? {});
    } catch {
      throw new Unusable('answered tool arguments that are not JSON');
    }
    if (typeof args !== 'object' || args === null || Array.isArray(args)) throw new Unusable('answered tool arguments that are not an object');
    return { name: fn.name, arguments: args as Record<string, unknown> };
  });
  return { content: typeof content === 'string' && content.trim() !== '' ? content.trim() : null, toolCalls };
}
