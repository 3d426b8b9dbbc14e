import type { CHAT_STATUSES, CHAT_TOPICS, ChatMessage, ESCALATION_LEVELS, EXTENSION_DAYS, MarketCode } from '@assist/contract';

export type ChatStatus = (typeof CHAT_STATUSES)[number];
export type ChatTopic = (typeof CHAT_TOPICS)[number];
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export type ExtensionDays = (typeof EXTENSION_DAYS)[number];
export const HANDOFF_REASONS = ['shopper_request', 'assistant_cannot_help', 'complaint', 'legal', 'fraud_suspected', 'refund_not_received'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/** A chat as the store keeps it; the API shows it through `sessionView`. */
export interface ChatSessionRecord {
  id: string;
  ticketId: string;
  /** The verified shopper, or null for an anonymous chat. */
  customerId: string | null;
  /** The order the chat was started about. */
  orderId: string | null;
  topic: ChatTopic | null;
  locale: string;
  /** The locale replies are written in once the shopper chose to continue in their own language; the UI stays in `locale`. */
  replyLocale?: string | null;
  market: MarketCode;
  status: ChatStatus;
  level: EscalationLevel;
  expectedResolutionBy: string;
  recordingConsent: boolean;
  createdAt: string;
  /** The sequence of the newest message. */
  lastSequence: number;
  /** The order the conversation is about at the moment (the last one shown or asked about). */
  focusOrderId: string | null;
  /** Assistant answers in a row that found nothing to help with. */
  misses: number;
  handoff: { reason: HandoffReason; at: string } | null;
  agent: { name: string; claimedAt: string; simulated: boolean } | null;
  /** When the simulated agent is due to take the chat from the queue. */
  pickupAt: string | null;
  firstShopperMessageAt: string | null;
  firstResponseAt: string | null;
  agentFirstResponseAt: string | null;
  /** When the shopper's question was settled (by the assistant or a person). */
  resolvedAt: string | null;
  endedAt: string | null;
  csat: { rating: number; comment: string | null; receivedAt: string } | null;
  /** Since when no event stream of the chat is open (null or absent: one is, or none ever was); see email/presence.ts. */
  shopperAwaySince?: string | null;
}

/** What choosing an action does; kept on the server, never sent to the browser. */
export type ChatActionEffect =
  | { kind: 'extend_due_date'; orderId: string; instalmentId: string; choices: Record<string, ExtensionDays> }
  | { kind: 'handoff'; reason: HandoffReason; level: EscalationLevel }
  | { kind: 'choice' };

export interface ChatMessageRecord {
  message: ChatMessage;
  /** By action id: what a choice of that action does. */
  effects: Record<string, ChatActionEffect>;
}

export const KPI_TYPES = ['session_started', 'first_response', 'handoff', 'agent_first_response', 'resolved', 'csat'] as const;
export type KpiType = (typeof KPI_TYPES)[number];

/** One step of a chat, recorded for the operational metrics. */
export interface ChatKpiEvent {
  type: KpiType;
  sessionId: string;
  market: MarketCode;
  customerId: string | null;
  at: string;
  /** Who answered or resolved (first_response, resolved). */
  by?: 'assistant' | 'agent';
  /** The level handed to (handoff). */
  level?: EscalationLevel;
  /** 1 to 5 (csat). */
  rating?: number;
  /** When the wait that this answer ends began (first_response: the shopper's first message). */
  since?: string;
}

export interface CallbackRecord {
  id: string;
  reference: string;
  /** The full number, for the person who calls; never echoed. */
  phone: string;
  market: MarketCode;
  topic: ChatTopic;
  window: { start: string; end: string };
  status: 'scheduled' | 'completed' | 'cancelled';
  locale: string | null;
  chatSessionId: string | null;
  customerId: string | null;
  note: string | null;
  createdAt: string;
}
