/**
 * How the mock's simulated agent behaves; QA changes it through `/__admin/chat/agent` and tests
 * through `createApp({ simulatedAgent })`. All waiting goes through the app's scheduler.
 */
export const AGENT_BEHAVIOURS = ['reply', 'resolve', 'none'] as const;
export type AgentBehaviour = (typeof AGENT_BEHAVIOURS)[number];

export interface SimulatedAgentConfig {
  /**
   * - `reply`: takes queued chats, greets the shopper and acknowledges each later message;
   * - `resolve`: as `reply`, then closes the chat as resolved after `resolveDelayMs`;
   * - `none`: never takes a chat (the queue waits for the agent console).
   */
  behaviour: AgentBehaviour;
  /** The first name the shopper sees. */
  name: string;
  /** Per place in the queue: the first chat is taken this long after the handoff (or after agents come back). */
  replyDelayMs: number;
  /** From a shopper's message to the agent's acknowledgement. */
  followUpDelayMs: number;
  /** From taking a chat to resolving it (`resolve`). */
  resolveDelayMs: number;
}

export const DEFAULT_SIMULATED_AGENT: SimulatedAgentConfig = {
  behaviour: 'reply',
  name: 'Sam',
  replyDelayMs: 45_000,
  followUpDelayMs: 8_000,
  resolveDelayMs: 90_000,
};

/** Expected wait per place in the queue when no simulated agent takes chats. */
export const WAIT_PER_CHAT_MS = 3 * 60_000;
