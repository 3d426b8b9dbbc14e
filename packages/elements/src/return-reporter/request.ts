import { AssistApiError } from '@assist/client';
import type { Key } from './context.js';
import type { ReporterFlow } from './flow.js';

/** What the shopper is told when a request fails, by the API's error code. */
const MESSAGES: Record<string, Key> = {
  timeout: 'errTimeout',
  network: 'errOffline',
  unavailable: 'errOffline',
  unauthorized: 'errSession',
  verification_failed: 'errVerify',
  rate_limited: 'errRateLimited',
  not_found: 'errNotFound',
  validation_failed: 'errNotFound',
  return_not_editable: 'errNotEditable',
  return_not_cancellable: 'errNotCancellable',
  problem_already_open: 'errProblemOpen',
};

/**
 * Shows what a failed request means: the API's 400s at the form's fields (see validation.ts), an
 * expired verification back at the first step, anything else as a message with the flow's retry.
 */
export async function fail(f: ReporterFlow, error: unknown): Promise<void> {
  if (await f.check.server(error)) return;
  const code = error instanceof AssistApiError ? error.code : '';
  if (code === 'unauthorized' && !f.host.token) {
    f.draft.data.token = undefined;
    f.view = 'form';
    f.go('find');
  }
  f.error = f.t(MESSAGES[code] ?? 'errGeneric');
}
