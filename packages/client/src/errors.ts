import type { ErrorCode, ErrorIssue } from '@assist/contract';

/** Failures that happen before the API can answer. */
export type TransportErrorCode = 'network' | 'timeout' | 'aborted' | 'invalid_response';

/** Every failed call rejects with this: the API's error code, or a transport code, and what the API said. */
export class AssistApiError extends Error {
  override readonly name = 'AssistApiError';
  readonly code: ErrorCode | TransportErrorCode;
  /** HTTP status; 0 when there was no answer. */
  readonly status: number;
  readonly issues: ErrorIssue[];
  readonly requestId: string | undefined;
  /** Seconds the API asked to wait before trying again. */
  readonly retryAfter: number | undefined;

  constructor(
    code: ErrorCode | TransportErrorCode,
    message: string,
    details: { status?: number; issues?: ErrorIssue[]; requestId?: string; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.status = details.status ?? 0;
    this.issues = details.issues ?? [];
    this.requestId = details.requestId;
    this.retryAfter = details.retryAfter;
  }

  /** True when sending the same request again may succeed. */
  get retryable(): boolean {
    return ['network', 'timeout', 'rate_limited', 'unavailable', 'internal'].includes(this.code);
  }
}
