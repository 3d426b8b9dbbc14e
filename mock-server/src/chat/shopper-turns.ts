import type { ChatAction, ChatMessage } from '@assist/contract';
import { notFound, validationFailure } from '../http/failure.js';
import { extendInstalment } from './account-actions.js';
import type { AssistantInput, AssistantTurn } from './assistant.js';
import { assistantTools } from './assistant-tools.js';
import { markResolved } from './closing.js';
import { conflict, type ChatCore } from './core.js';
import { formatter, localeIn, replyLanguage } from './format.js';
import { handoff } from './handoff.js';
import { KEEP_LANGUAGE, SWITCH_PHRASES, chatLocale, detectLanguage, switchChoiceId, switchChoiceLanguage } from './language.js';
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
  /** Ids of files uploaded first, sent with the message. */
  attachments?: string[] | undefined;
}

interface Chosen {
  action: ChatAction;
  effect: ChatActionEffect;
  choice: string;
  /** The locale of the message the action came with: a quick reply is answered in that message's language. */
  locale: string | null;
}

/**
 * Stores a shopper's message (card numbers redacted) and answers it. A message id already used in
 * this chat answers the stored message again and changes nothing (`created: false`).
 */
export async function send(core: ChatCore, sessionId: string, input: ShopperMessage): Promise<{ message: ChatMessage; created: boolean }> {
  return receive(core, sessionId, input, 'shopper', async (session, draft) => {
    if (session.status === 'ended') throw conflict('This chat has ended: start a new one to continue');
    const chosen = input.action ? await choose(core, session, input.action) : null;
    session.firstShopperMessageAt ??= core.now().toISOString();
    const message = await post(core, session, draft);
    if (chosen) await onChoice(core, session, chosen, draft.text);
    else if (session.status === 'assistant') await assistantTurn(core, session, { kind: 'message', text: draft.text }, await turnLocale(core, session, draft.text));
    else if (session.status === 'agent' && session.agent?.simulated) await scheduleFollowUp(core, session.id);
    return message;
  });
}

/** Records the shopper's answer to an action card of this chat; each card is answered once. */
async function choose(core: ChatCore, session: ChatSessionRecord, answer: { id: string; choice: string }): Promise<Chosen> {
  const records = await core.store.chatMessages(session.id);
  const record = editable(records.find((r) => r.message.actions.some((a) => a.id === answer.id)));
  const action = record?.message.actions.find((a) => a.id === answer.id);
  if (!record || !action) throw validationFailure([{ path: 'body.action.id', message: 'is not an action of this chat' }]);
  if (!action.choices.some((c) => c.id === answer.choice)) {
    throw validationFailure([{ path: 'body.action.choice', message: `must be one of ${action.choices.map((c) => c.id).join(', ')}` }]);
  }
  if (action.chosen !== null) throw conflict('This action was already answered');
  action.chosen = answer.choice;
  await core.store.saveChatMessage(record);
  const locale = record.message.author === 'assistant' ? detectLanguage(record.message.text, chatLocale(session)).language : null;
  return { action, effect: record.effects[action.id] ?? { kind: 'choice' }, choice: answer.choice, locale };
}

/** Does what the chosen action does: moves a due date, hands over, or lets the assistant answer the quick reply. */
async function onChoice(core: ChatCore, session: ChatSessionRecord, { action, effect, choice, locale: said }: Chosen, text: string): Promise<void> {
  const locale = said ? localeIn(replyLanguage(said), session.locale) : chatLocale(session);
  const p = phrasesFor(locale);
  const f = formatter(locale);
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
      if (choice === 'yes') {
        // The person goes on in the language the offer was made in.
        if (replyLanguage(locale) !== replyLanguage(chatLocale(session))) session.replyLocale = locale;
        await handoff(core, session, effect.reason, effect.level);
      } else await post(core, session, { author: 'assistant', text: p.anythingElse });
      return;
    case 'choice': {
      const language = switchChoiceLanguage(choice);
      if (language) {
        session.replyLocale = localeIn(language, session.locale);
        await post(core, session, { author: 'assistant', text: SWITCH_PHRASES[language].switched });
      } else if (choice.startsWith(`${KEEP_LANGUAGE}:`)) {
        // Declined in the shopper's language: answered in it too, and the chat's reply language stays.
        await post(core, session, { author: 'assistant', text: phrasesFor(localeIn(replyLanguage(choice.slice(KEEP_LANGUAGE.length + 1)), session.locale)).anythingElse });
      } else if (action.kind === 'quick_reply' && session.status === 'assistant') {
        await assistantTurn(core, session, { kind: 'choice', choice, text }, locale);
      }
      return;
    }
  }
}

/**
 * The locale to answer a message in: the language the shopper wrote it in; for a message that does
 * not say enough to tell ("ok", an order reference), the language of their last message that did, else
 * the chat's.
 */
async function turnLocale(core: ChatCore, session: ChatSessionRecord, text: string): Promise<string> {
  const chat = chatLocale(session);
  const guess = detectLanguage(text, chat);
  if (guess.detected) return localeIn(guess.language, session.locale);
  const earlier = (await core.messages(session.id)).filter((m) => m.author === 'shopper').reverse();
  for (const message of earlier.slice(1, 4)) {
    const before = detectLanguage(message.text, chat);
    if (before.detected) return localeIn(before.language, session.locale);
  }
  return chat;
}

/**
 * The assistant answers in `locale`, with a typing indicator meanwhile; a failing assistant hands the
 * chat to a person. Answered in another language than the chat's, it offers once to go on in that
 * language; a chat handed to a person goes on in it.
 */
async function assistantTurn(core: ChatCore, session: ChatSessionRecord, input: AssistantInput, locale: string): Promise<void> {
  const customer = session.customerId ? await core.store.customer(session.customerId) : undefined;
  await core.hub.typing(session.id, 'assistant', true);
  const history = await core.messages(session.id);
  let turn: AssistantTurn;
  try {
    turn = await core.assistant.reply({
      locale,
      market: session.market,
      verified: session.customerId !== null,
      firstName: customer?.firstName ?? null,
      topic: session.topic,
      focusOrderId: session.focusOrderId,
      misses: session.misses,
      history,
      input,
      tools: assistantTools(core, { ...session, locale }),
    });
  } catch (error) {
    console.error('[assist-api] the assistant failed:', error);
    turn = { text: phrasesFor(locale).cannotHelp, helped: false, handoff: { reason: 'assistant_cannot_help', level: 'level_1' } };
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
  const language = replyLanguage(locale);
  const other = language !== replyLanguage(chatLocale(session));
  if (other && turn.handoff) session.replyLocale = locale;
  else if (other && !turn.resolved && !history.some((m) => m.actions.some((a) => a.choices.some((c) => c.id === switchChoiceId(language))))) {
    const s = SWITCH_PHRASES[language];
    await post(core, session, {
      author: 'assistant',
      text: s.offer,
      actions: [
        {
          kind: 'quick_reply',
          choices: [
            { id: switchChoiceId(language), label: s.yes, style: 'primary' },
            { id: `${KEEP_LANGUAGE}:${language}`, label: s.no, style: 'secondary' },
          ],
          effect: { kind: 'choice' },
        },
      ],
    });
  }
  if (turn.resolved) await markResolved(core, session, 'assistant');
  if (turn.handoff) await handoff(core, session, turn.handoff.reason, turn.handoff.level);
}
