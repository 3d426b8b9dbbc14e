/**
 * The views of the steps after the first, sending the report, and the editor of a reported return: loaded with the form's
 * rules (validation.ts), which every one of them needs, so the first download holds only the first step.
 */
export { details } from './details.js';
export { editor } from './editor.js';
export { items } from './items.js';
export { method } from './method.js';
export { reason } from './reason.js';
export { review } from './review.js';
export { submit } from '../submit.js';
