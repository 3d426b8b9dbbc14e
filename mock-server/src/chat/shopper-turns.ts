import type { ChatAction, ChatMessage } from '@assist/contract';
import { notFound, validationFailure } from '../http/failure.js';
import { extendInstalment } from './account-actions.js';
import type { AssistantInput, AssistantTurn } from './assistant.js';
import { assistantTools } from './assistant-tools.js';
import { markResolved } from './closing.js';
import { conflict, type ChatCore } from './core.js';
import { formatter } from './format.js';
import { handoff } from './handoff.js';
import { post, receive } from './messages.js';
import { phrasesFor } from './phrases.js';
import type { ChatActionEffect, ChatSessionRecord } from './records.js';
import { KEEP_DATE } from './rule-assistant/actions.js';
import { scheduleFollowUp } from './simulated-pickup.js';
import { editable } from '../store/records.js';

/** What the shopper says and chooses, and who answers: the assistant, the action chosen, or the simulated agent later. */

/** A shopper's message, optionally answering an action card of the chat. */
export interface ShopperMessage {
  id: string;
  text: string;
  redacted?: boolean | undefined;
  action?: { id: string; choice: string } | undefined;
}

interface Chosen {
  action: ChatAction;
  effect: ChatActionEffect;
  choice: string;
}

/**
 * Stores a shopper's message (card numbers redacted) and answers it. A message id already used in
 * this chat answers the stored message again and changes nothing (`created: false`).
 */
export async function send(core: ChatCore, sessionId: string, input: ShopperMessage): Promise<{ message: ChatMessage; created: boolean }> {
  return receive(core, sessionId, input, 'shopper', async (session, draft) => {
    if (session.status === 'ended') throw conflict('This chat has ended: start a new one to continue');
    const chosen = input.action ? await choose(core, sessionId, input.action) : null;
    session.firstShopperMessageAt ??= core.now().toISOString();
    const message = await post(core, session, draft);
    if (chosen) await onChoice(core, session, chosen, draft.text);
    else if (session.status === 'assistant') await assistantTurn(core, session, { kind: 'message', text: draft.text });
    else if (session.status === 'agent' && session.agent?.simulated) await scheduleFollowUp(core, session.id);
    return message;
  });
}

/** Records the shopper's answer to an action card of this chat; each card is answered once. */
async function choose(core: ChatCore, sessionId: string, answer: { id: string; choice: string }): Promise<Chosen> {
  const records = await core.store.chatMessages(sessionId);
  const record = editable(records.find((r) => r.message.actions.some((a) => a.id === answer.id)));
  const action = record?.message.actions.find((a) => a.id === answer.id);
  if (!record || !action) throw validationFailure([{ path: 'body.action.id', message: 'is not an action of this chat' }]);
  if (!action.choices.some((c) => c.id === answer.choice)) {
    throw validationFailure([{ path: 'body.action.choice', message: `must be one of ${action.choices.map((c) => c.id).join(', ')}` }]);
  }
  if (action.chosen !== null) throw conflict('This action was already answered');
  action.chosen = answer.choice;
  await core.store.saveChatMessage(record);
  return { action, effect: record.effects[action.id] ?? { kind: 'choice' }, choice: answer.choice };
}

/** Does what the chosen action does: moves a due date, hands over, or lets the assistant answer the quick reply. */
async function onChoice(core: ChatCore, session: ChatSessionRecord, { action, effect, choice }: Chosen, text: string): Promise<void> {
  const p = phrasesFor(session.locale);
  const f = formatter(session.locale);
  switch (effect.kind) {
    case 'extend_due_date': {
      const order = await core.ownOrder(session, effect.orderId);
      if (!order) throw notFound('Order');
      if (choice === KEEP_DATE) {
        const plan = await core.store.plan(order.id);
        const due = plan?.instalments.find((i) => i.id === effect.instalmentId)?.dueDate;
        await post(core, session, { author: 'assistant', text: due ? p.extendKept(f.date(due)) : p.anythingElse });
        return;
      }
      const days = effect.choices[choice];
      if (days === undefined) throw validationFailure([{ path: 'body.action.choice', message: 'is not a number of days offered' }]);
      const result = await extendInstalment(core.store, order.id, effect.instalmentId, days);
      if (result.ok) {
        await post(core, session, {
          author: 'assistant',
          text: p.extendDone(f.money(result.instalment.amount), f.date(result.instalment.dueDate)),
          cards: [{ kind: 'payment_plan', plan: result.plan }],
        });
      } else {
        await post(core, session, { author: 'assistant', text: p.extendRefused[result.refusal] });
      }
      return;
    }
    case 'handoff':
      if (choice === 'yes') await handoff(core, session, effect.reason, effect.level);
      else await post(core, session, { author: 'assistant', text: p.anythingElse });
      return;
    case 'choice':
      if (action.kind === 'quick_reply' && session.status === 'assistant') await assistantTurn(core, session, { kind: 'choice', choice, text });
      return;
  }
}

/** The assistant answers, with a typing indicator meanwhile; a failing assistant hands the chat to a person. */
async function assistantTurn(core: ChatCore, session: ChatSessionRecord, input: AssistantInput): Promise<void> {
  const customer = session.customerId ? await core.store.customer(session.customerId) : undefined;
  await core.hub.typing(session.id, 'assistant', true);
  let turn: AssistantTurn;
  try {
    turn = await core.assistant.reply({
      locale: session.locale,
      market: session.market,
      verified: session.customerId !== null,
      firstName: customer?.firstName ?? null,
      topic: session.topic,
      focusOrderId: session.focusOrderId,
      misses: session.misses,
      history: await core.messages(session.id),
      input,
      tools: assistantTools(core, session),
    });
  } catch (error) {
    console.error('[assist-api] the assistant failed:', error);
    turn = { text: phrasesFor(session.locale).cannotHelp, helped: false, handoff: { reason: 'assistant_cannot_help', level: 'level_1' } };
  } finally {
    await core.hub.typing(session.id, 'assistant', false);
  }
  session.misses = turn.helped ? 0 : session.misses + 1;
  if (turn.topic) session.topic = turn.topic;
  if (turn.focusOrderId) session.focusOrderId = turn.focusOrderId;
  await post(core, session, {
    author: 'assistant',
    text: turn.text,
    ...(turn.actions ? { actions: turn.actions } : {}),
    ...(turn.cards ? { cards: turn.cards } : {}),
    ...(turn.articles ? { articles: turn.articles } : {}),
  });
  if (turn.resolved) await markResolved(core, session, 'assistant');
  if (turn.handoff) await handoff(core, session, turn.handoff.reason, turn.handoff.level);
}
