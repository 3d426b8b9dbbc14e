export { AssistElement, type EmitOptions } from './internal/assist-element.js';
export { define } from './internal/define.js';
export type { AssistEventDetail, AssistEventMap, AssistEventName } from './events.js';
