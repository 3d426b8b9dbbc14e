import type { TemplateResult } from 'lit';
import type { ReporterStep } from '../context.js';
import type { ReporterFlow } from '../flow.js';

/** The last step: everything the shopper entered and, for a return, the payment plan after it (from the status view's module). */
export const review = (f: ReporterFlow): TemplateResult | undefined =>
  f.status?.review(f, {
    mode: f.mode,
    order: f.order!,
    draft: f.draft.data,
    preview: f.preview,
    storeDays: f.check.rules!.STORE_RESPONSE_DAYS,
    go: (to) => f.go(to as ReporterStep),
  });
