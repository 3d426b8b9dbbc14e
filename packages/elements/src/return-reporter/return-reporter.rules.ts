/**
 * The contract's rules for every field of the return reporter: the very schemas (and messages) the
 * API validates with, the lists the form offers, and how a problem the rules (or the API) find maps
 * onto a field of the form. Loaded with `import()` the first time a check runs or a step needs them
 * (validation.ts), so zod is not part of the component's first chunk and a form nobody fills in never
 * loads it.
 */
export { VerifyRequest } from '@assist/contract/auth';
export { CreateReturnRequest, RETURN_METHODS, RETURN_REASONS, UpdateReturnRequest } from '@assist/contract/returns';
export { CreateProblemRequest, PROBLEM_TYPES, STORE_RESPONSE_DAYS } from '@assist/contract/problems';
export { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '@assist/contract/attachments';

/** A problem with a field, from zod or from the API's `issues` (path without `body.`). */
export interface Issue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** What to say about an issue: the contract's own words (shown in English) and a translation key with its values. */
export interface Description {
  text: string | undefined;
  key: string;
  values: Record<string, string>;
}

const STEP_OF: Record<string, string> = {
  reference: 'find',
  email: 'find',
  phone: 'find',
  order: 'find',
  items: 'items',
  reason: 'reason',
  comment: 'reason',
  method: 'method',
  carrier: 'method',
  tracking: 'method',
  type: 'details',
  description: 'details',
};
const FIELD_OF: Record<string, string> = { orderReference: 'reference', trackingNumber: 'tracking', orderId: 'order' };
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The form field of an issue: `items.1.quantity` is the quantity field of the second returned item. */
export function fieldOf(path: readonly PropertyKey[], itemIds: readonly string[]): string {
  const [first, index, leaf] = path;
  if (first === 'items' && leaf !== undefined) return `qty-${itemIds[index as number]}`;
  // A rule on the whole change ("change at least one field") belongs to the tracking number, the only optional one.
  return FIELD_OF[String(first)] ?? String(first ?? 'tracking');
}

/** The step of the form that shows a field. */
export const stepOf = (field: string): string | undefined => STEP_OF[field.startsWith('qty-') ? 'items' : field];

export function describe(field: string, issue: Issue): Description {
  const max = Number(issue.maximum);
  let key = 'errRequired';
  if (field.startsWith('qty-')) key = issue.code !== 'too_big' ? 'errQtyMin' : max > 0 ? 'errQtyMax' : 'errQtyNone';
  else if (field === 'items') key = 'errItems';
  else if (['reason', 'method', 'type'].includes(field)) key = 'errChoose';
  else if (issue.code === 'too_big') key = 'errLong';
  else if (issue.code === 'too_small' && Number(issue.minimum) > 1) key = 'errShort';
  else if (['reference', 'email', 'phone', 'tracking'].includes(field) && issue.code !== 'invalid_type') key = `err_${field}`;
  return {
    // zod's generic fallback is no message at all: then the translation speaks, in English too.
    text: issue.message && issue.message !== 'Invalid input' ? cap(issue.message) : undefined,
    key,
    values: { min: String(issue.minimum), max: String(issue.maximum) },
  };
}
