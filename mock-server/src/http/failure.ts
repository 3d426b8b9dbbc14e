import { ERROR_STATUS, type ApiError, type ErrorCode, type ErrorIssue } from '@assist/contract';

/** An error the API answers on purpose, in the one error shape. Throw it from any handler. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;
  readonly retryAfter: number | undefined;
  constructor(code: ErrorCode, message: string, options: { issues?: ErrorIssue[]; retryAfter?: number } = {}) {
    super(message);
    this.code = code;
    this.issues = options.issues;
    this.retryAfter = options.retryAfter;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
  toBody(requestId: string | undefined): ApiError {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.issues ? { issues: this.issues } : {}),
        ...(requestId ? { requestId } : {}),
        ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
      },
    };
  }
}

export const notFound = (what: string) => new ApiFailure('not_found', `${what} was not found`);

/** A 400 listing every problem, its message naming the first. */
export const validationFailure = (issues: ErrorIssue[]) => new ApiFailure('validation_failed', `The request is not valid: ${issues[0]!.path} ${issues[0]!.message}`, { issues });
