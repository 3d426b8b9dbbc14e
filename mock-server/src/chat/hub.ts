import type { ChatEvent } from '@assist/contract';

export type ChatListener = (event: ChatEvent) => void;

/** Live events of each chat, to the event streams open on it. */
export class ChatHub {
  readonly #listeners = new Map<string, Set<ChatListener>>();

  /** Listens to one chat; call the returned function to stop. */
  subscribe(sessionId: string, listener: ChatListener): () => void {
    let set = this.#listeners.get(sessionId);
    if (!set) this.#listeners.set(sessionId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(sessionId);
    };
  }

  publish(sessionId: string, event: ChatEvent): void {
    for (const listener of [...(this.#listeners.get(sessionId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        console.error('[assist-api] chat listener failed:', error);
      }
    }
  }

  /** How many streams are open on a chat. */
  listeners(sessionId: string): number {
    return this.#listeners.get(sessionId)?.size ?? 0;
  }
}
