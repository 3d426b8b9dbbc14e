/**
 * The panel's views, loaded when the shopper is about to open the panel (pointer over or focus on the
 * launcher, a touch, `open()`), not when the launcher first shows: a page where nobody opens the chat
 * downloads the button and the chat's state, not its forms and conversation.
 */
export { callbackView } from './callback-view.js';
export { conversationView } from './conversation-view.js';
export { verifyView } from './verify-view.js';
