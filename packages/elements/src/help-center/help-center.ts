import { define } from '../internal/define.js';
import { AssistHelpCenter } from './help-center.component.js';

export { AssistHelpCenter };
define('assist-help-center', AssistHelpCenter);

declare global {
  interface HTMLElementTagNameMap {
    'assist-help-center': AssistHelpCenter;
  }
}
