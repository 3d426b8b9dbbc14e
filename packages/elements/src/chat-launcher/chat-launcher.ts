import { define } from '../internal/define.js';
import { AssistChatLauncher } from './chat-launcher.component.js';

export { AssistChatLauncher };
define('assist-chat-launcher', AssistChatLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'assist-chat-launcher': AssistChatLauncher;
  }
}
