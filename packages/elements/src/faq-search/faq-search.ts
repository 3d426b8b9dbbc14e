import { define } from '../internal/define.js';
import { AssistFaqSearch } from './faq-search.component.js';

export { AssistFaqSearch };
define('assist-faq-search', AssistFaqSearch);

declare global {
  interface HTMLElementTagNameMap {
    'assist-faq-search': AssistFaqSearch;
  }
}
