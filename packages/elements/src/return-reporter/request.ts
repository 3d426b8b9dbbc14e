import { AssistApiError } from '@assist/client';
import type { Key } from './context.js';
import type { ReporterFlow } from './flow.js';

/**
 * What the shopper is told when a request fails is the string `api_<code>` of the API's error code;
 * these codes share another's message, and any other failure gets `errGeneric`.
 */
const SAME: Record<string, string> = { unavailable: 'network', validation_failed: 'not_found' };

/**
 * Runs one of the flow's requests (`busy` meanwhile) and answers what it returns, or undefined when
 * it failed: then the API's 400s show at the form's fields (see validation.ts), an expired
 * verification goes back to the first step, and anything else shows as a message, with `retry`.
 */
export async function run<T>(f: ReporterFlow, work: () => Promise<T>, retry?: () => void): Promise<T | undefined> {
  f.busy = true;
  f.show(undefined);
  try {
    return await work();
  } catch (error) {
    f.retry = retry;
    if (await f.check.server(error)) return undefined;
    const code = error instanceof AssistApiError ? error.code : '';
    if (code === 'unauthorized' && !f.host.token) {
      f.draft.data.token = undefined;
      f.view = 'form';
      f.go('find');
    }
    f.error = f.t(`api_${SAME[code] ?? code}` as Key, { defaultValue: f.t('errGeneric') });
    return undefined;
  } finally {
    f.busy = false;
    f.host.requestUpdate();
  }
}
