import { define } from '../internal/define.js';
// The help center embeds the search: registering it registers both.
import '../faq-search/faq-search.js';
import { AssistHelpCenter } from './help-center.component.js';

export { AssistHelpCenter };
define('assist-help-center', AssistHelpCenter);

declare global {
  interface HTMLElementTagNameMap {
    'assist-help-center': AssistHelpCenter;
  }
}
