import type { Problem, Return } from '@assist/contract';
import { AssistApiError, newKey } from '@assist/client';
import { createProblem, createReturn, listOrderProblems, listOrderReturns } from '@assist/contract/endpoints';
import { redactFields } from '../internal/redact.js';
import { FREE_TEXT, problemBody, returnBody } from './draft.js';
import type { ReporterFlow } from './flow.js';
import { run } from './request.js';
import type * as Rules from './return-reporter.rules.js';

/**
 * The last step: sends the report with the draft's Idempotency-Key, so a retry after a lost answer
 * makes no second one; then the confirmation, and the event for the page.
 */
export async function submit(f: ReporterFlow): Promise<void> {
  const rules = f.check.rules;
  if (f.busy || !f.check.check('review') || !rules) return;
  const d = f.draft.data;
  const problem = f.mode === 'problem';
  const parsed = (problem ? rules.CreateProblemRequest : rules.CreateReturnRequest).safeParse(problem ? problemBody(d) : returnBody(d, f.order));
  if (!parsed.success) return;
  const options = { idempotencyKey: d.key };
  await run(
    f,
    async () => {
      // What the shopper wrote in their own words goes without card numbers.
      const body = await redactFields(parsed.data, FREE_TEXT);
      try {
        const made = problem
          ? await f.api.call(createProblem, { body: body as Rules.CreateProblemRequest }, options)
          : await f.api.call(createReturn, { body: body as Rules.CreateReturnRequest }, options);
        submitted(f, made);
      } catch (error) {
        // The key was used for this draft before it changed: the first submission went through.
        if (!(error instanceof AssistApiError) || error.code !== 'idempotency_mismatch') throw error;
        const params = { params: { id: d.orderId! } };
        const list = problem ? (await f.api.call(listOrderProblems, params)).problems : (await f.api.call(listOrderReturns, params)).returns;
        const made = list.filter((c) => c.createdAt >= d.started).pop();
        if (!made) {
          d.key = newKey();
          f.draft.save();
          throw error;
        }
        submitted(f, made);
      }
    },
    () => void submit(f),
  );
}

function submitted(f: ReporterFlow, made: Return | Problem): void {
  f.draft.clear();
  f.files?.clear();
  f.view = 'done';
  if ('type' in made) {
    f.problem = made;
    f.host.emit('assist-problem-submitted', {
      problemId: made.id,
      reference: made.reference,
      orderId: made.orderId,
      type: made.type,
      storeResponseDeadline: made.storeResponseDeadline,
    });
  } else {
    f.ret = made;
    f.host.emit('assist-return-submitted', { returnId: made.id, reference: made.reference, orderId: made.orderId, amount: made.amount });
  }
  const show = (): Promise<void> =>
    f.loadStatus().then(
      () => {
        f.error = undefined;
        f.focus();
      },
      () => f.show(f.t('api_network'), () => void show()),
    );
  void show();
}
