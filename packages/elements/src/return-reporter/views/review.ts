import type { TemplateResult } from 'lit';
import type { ReporterFlow } from '../flow.js';

/** The last step: everything the shopper entered and, for a return, the payment plan after it (from the status view's module). */
export const review = (f: ReporterFlow): TemplateResult | undefined => f.status?.review(f, { draft: f.draft.data, storeDays: f.check.rules!.STORE_RESPONSE_DAYS });
