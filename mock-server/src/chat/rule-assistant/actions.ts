import { EXTENSION_DAYS, type Instalment } from '@assist/contract';
import { addDays } from '../../time.js';
import type { ProposedAction } from '../assistant.js';
import type { Formatter } from '../format.js';
import type { Phrases } from '../phrases.js';
import type { EscalationLevel, HandoffReason } from '../records.js';

/** The action cards the assistant offers; choosing one is confirmed by the shopper before anything happens. */

export const extendChoiceId = (days: number) => `extend_${days}`;
export const KEEP_DATE = 'keep';

/** "That helped" or "talk to a person", under an answer. */
export function feedbackAction(p: Phrases): ProposedAction {
  return {
    kind: 'quick_reply',
    choices: [
      { id: 'helped', label: p.helped, style: 'primary' },
      { id: 'agent', label: p.talkToPerson, style: 'secondary' },
    ],
    effect: { kind: 'choice' },
  };
}

/** Quick replies for the topics the assistant knows, optionally with "talk to a person". */
export function topicsAction(p: Phrases, withAgent = false): ProposedAction {
  const topics = (['payments', 'returns', 'problems', 'card', 'balance'] as const).map((t) => ({ id: `topic:${t}`, label: p.topics[t], style: 'secondary' as const }));
  return {
    kind: 'quick_reply',
    choices: withAgent ? [...topics, { id: 'agent', label: p.talkToPerson, style: 'primary' as const }] : topics,
    effect: { kind: 'choice' },
  };
}

/** An offer to hand the chat to a person at a level; "yes" hands it over. */
export function agentAction(p: Phrases, reason: HandoffReason, level: EscalationLevel): ProposedAction {
  return {
    kind: 'request_agent',
    choices: [
      { id: 'yes', label: p.talkToPerson, style: 'primary' },
      { id: 'no', label: p.noThanks, style: 'secondary' },
    ],
    effect: { kind: 'handoff', reason, level },
  };
}

export function callbackAction(p: Phrases): ProposedAction {
  return {
    kind: 'request_callback',
    choices: [{ id: 'callback', label: p.requestCallback, style: 'primary' }],
    effect: { kind: 'choice' },
  };
}

export function verifyAction(p: Phrases): ProposedAction {
  return { kind: 'request_verification', choices: [{ id: 'verify', label: p.verify, style: 'primary' }], effect: { kind: 'choice' } };
}

/** The choice of new due dates for an instalment (or keeping it); the server moves the date once the shopper picks one. */
export function extendAction(p: Phrases, f: Formatter, orderId: string, next: Instalment): ProposedAction {
  const choices: Record<string, (typeof EXTENSION_DAYS)[number]> = {};
  for (const days of EXTENSION_DAYS) choices[extendChoiceId(days)] = days;
  return {
    kind: 'confirm_extend_due_date',
    choices: [
      ...EXTENSION_DAYS.map((days) => ({
        id: extendChoiceId(days),
        label: p.extendChoice(days, f.date(addDays(next.dueDate, days))),
        style: days === 14 ? ('primary' as const) : ('secondary' as const),
      })),
      { id: KEEP_DATE, label: p.keepDate, style: 'secondary' as const },
    ],
    effect: { kind: 'extend_due_date', orderId, instalmentId: next.id, choices },
  };
}
