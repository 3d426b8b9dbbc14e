/**
 * Every event an Assist component emits, by name. Components add their events here by declaration
 * merging, so `addEventListener('assist-…', e => e.detail)` is typed for every consumer:
 *
 * ```ts
 * declare module '../events.js' {
 *   interface AssistEventMap { 'assist-search': CustomEvent<{ query: string }> }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging, which needs an interface
export interface AssistEventMap {}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges AssistEventMap into the DOM's own event map
  interface GlobalEventHandlersEventMap extends AssistEventMap {}
}

export type AssistEventName = keyof AssistEventMap;
export type AssistEventDetail<K extends AssistEventName> = AssistEventMap[K] extends CustomEvent<infer D> ? D : never;
