import { redactCardNumbers, type ChatAction, type ChatCard, type ChatMessage } from '@assist/contract';
import type { AttachmentMeta } from '../attachments/service.js';
import { actionId, messageId } from '../ids.js';
import type { ProposedAction } from './assistant.js';
import { conflict, type ChatCore } from './core.js';
import type { ChatActionEffect, ChatSessionRecord } from './records.js';

/** A message about to be added to a chat; the server gives it its id (unless the sender did), sequence and action ids. */
export interface Draft {
  id?: string;
  author: ChatMessage['author'];
  text: string;
  redacted?: boolean;
  actions?: ProposedAction[];
  cards?: ChatCard[];
  articles?: ChatMessage['articles'];
  /** Files sent with the message (already checked and marked as used). */
  attachments?: AttachmentMeta[];
}

/**
 * Adds a message with the chat's next sequence (card numbers redacted), keeps what its actions do,
 * records the first responses, and sends it to open streams. Runs under the chat's lock.
 */
export async function post(core: ChatCore, session: ChatSessionRecord, draft: Draft): Promise<ChatMessage> {
  const now = core.now().toISOString();
  const actions: ChatAction[] = [];
  const effects: Record<string, ChatActionEffect> = {};
  for (const proposed of draft.actions ?? []) {
    const id = actionId();
    actions.push({ id, kind: proposed.kind, choices: proposed.choices, chosen: null });
    effects[id] = proposed.effect;
  }
  const clean = redactCardNumbers(draft.text);
  session.lastSequence += 1;
  const message: ChatMessage = {
    id: draft.id ?? messageId(),
    sessionId: session.id,
    sequence: session.lastSequence,
    author: draft.author,
    text: clean.text,
    createdAt: now,
    redacted: (draft.redacted ?? false) || clean.redacted,
    actions,
    articles: draft.articles ?? [],
    cards: draft.cards ?? [],
    // Kept without urls: each answer signs its own (ChatCore.signed).
    attachments: (draft.attachments ?? []).map((a) => ({ ...a, url: '' })),
  };
  await core.store.saveChatMessage({ message, effects });
  if ((draft.author === 'assistant' || draft.author === 'agent') && session.firstShopperMessageAt && !session.firstResponseAt) {
    session.firstResponseAt = now;
    await core.kpi(session, 'first_response', { by: draft.author, since: session.firstShopperMessageAt });
  }
  if (draft.author === 'agent' && session.handoff && !session.agentFirstResponseAt) {
    session.agentFirstResponseAt = now;
    await core.kpi(session, 'agent_first_response', { by: 'agent', since: session.handoff.at });
  }
  await core.store.saveChatSession(session);
  await core.hub.publish(session.id, { type: 'message', sequence: message.sequence });
  return core.signed(message);
}

/** A message as the API received it; `redacted` when card numbers were already taken out of its text. */
export interface Received {
  id: string;
  text: string;
  redacted?: boolean | undefined;
  /** Ids of files uploaded first, sent with the message. */
  attachments?: string[] | undefined;
}

/**
 * A message someone sends to a chat, under the chat's lock: card numbers redacted, then `write`
 * adds it. A message id the chat already has answers the stored message when the same author sends
 * the same text again (a resend after a lost answer, `created: false`), and is a conflict when the
 * id was used for another message.
 */
export async function receive(
  core: ChatCore,
  sessionId: string,
  input: Received,
  author: 'shopper' | 'agent',
  write: (session: ChatSessionRecord, draft: Draft & { id: string }) => Promise<ChatMessage>,
): Promise<{ message: ChatMessage; created: boolean }> {
  return core.withLock(sessionId, async () => {
    const session = await core.agentSession(sessionId);
    const { text, redacted } = redactCardNumbers(input.text);
    const existing = await core.store.chatMessage(sessionId, input.id);
    if (existing) {
      if (existing.message.author !== author || existing.message.text !== text) {
        throw conflict('This message id was already used for another message: give each new message a new id');
      }
      return { message: await core.signed(existing.message), created: false };
    }
    // The shopper's files: uploaded in this chat, or by the verified shopper it belongs to; an agent's: by any agent.
    const owners = author === 'agent' ? ['agent'] : [`chat:${session.id}`, ...(session.customerId ? [`shopper:${session.customerId}`] : [])];
    const attachments = await core.deps.attachments.use(input.attachments, owners, `chat:${session.id}`);
    return { message: await write(session, { id: input.id, author, text, redacted: redacted || input.redacted === true, attachments }), created: true };
  });
}
