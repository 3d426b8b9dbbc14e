import * as z from 'zod/mini';

/** Every error the API answers, with its HTTP status. */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  unauthorized: 401,
  verification_failed: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  /** The return can no longer be changed this way (it is on its way, registered, cancelled...). */
  return_not_editable: 409,
  /** The return can no longer be cancelled. */
  return_not_cancellable: 409,
  /** A problem of this type is already open for the order. */
  problem_already_open: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_mismatch: 422,
  idempotency_in_progress: 409,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  /** An attachment's content is not a JPEG, PNG, WebP or PDF, or not the type it was sent as. */
  unsupported_type: 415,
  /** An attachment is larger than 10 MB. */
  too_large: 413,
  /** An attachment id that does not exist or was not uploaded by the caller (or, for an agent reply, by an agent). */
  attachment_not_found: 422,
  /** An attachment already sent with another problem, return or message. */
  attachment_already_used: 422,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export const ErrorIssue = z.object({
  /** Where the problem is: `body.items.0.quantity`, `query.limit`, `header.Idempotency-Key`, `path.id`. */
  path: z.string(),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof ErrorIssue>;

/** The one error shape of the API. */
export const ApiError = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    issues: z.optional(z.array(ErrorIssue)),
    requestId: z.optional(z.string()),
    /** Seconds to wait before trying again (429 and 503). */
    retryAfter: z.optional(z.int().check(z.minimum(0))),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  input?: unknown;
}

/**
 * Turns zod issues into the API's `issues` list with messages a developer (and, translated, a shopper)
 * can act on. `where` prefixes the path: `body`, `query`, `path`, `header`.
 */
export function toErrorIssues(where: string, issues: readonly IssueLike[]): ErrorIssue[] {
  return issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: describeIssue(issue),
  }));
}

function describeIssue(issue: IssueLike): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(issue.expected ?? 'value')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${String(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `must have at least ${String(issue.minimum)} entries`
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `must have at most ${String(issue.maximum)} entries`
          : `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${(issue.keys ?? []).length > 1 ? 's' : ''} ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    case 'invalid_format':
      return 'has the wrong format';
    default:
      return 'is not valid';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
