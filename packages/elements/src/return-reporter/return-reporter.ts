import { define } from '../internal/define.js';
import { AssistReturnReporter } from './return-reporter.component.js';

export { AssistReturnReporter };
define('assist-return-reporter', AssistReturnReporter);

declare global {
  interface HTMLElementTagNameMap {
    'assist-return-reporter': AssistReturnReporter;
  }
}
