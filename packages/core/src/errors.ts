/** Machine-readable error codes of the platform; the API puts them in `error.code`. */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_acceptable'
  | 'invalid_json'
  | 'method_not_allowed'
  | 'idempotency_conflict'
  | 'two_factor_required'
  | 'invalid_credentials'
  | 'invalid_token'
  | 'gone'
  | 'payment_provider_unavailable'
  | 'payments_not_enabled'
  | 'invalid_signature'
  | 'ai_not_configured'
  | 'ai_budget_exhausted'
  | 'ai_budget_held'
  | 'ai_rate_limited'
  | 'ai_provider_busy'
  | 'ai_provider_unavailable'
  | 'ai_provider_timeout'
  | 'ai_invalid_output'
  | 'ai_refused'
  | 'ai_input_flagged'
  | 'ai_output_flagged'
  | 'sending_domain_unverified'
  | 'not_csv'
  | 'import_too_large'
  | 'social_network_not_configured'
  | 'social_connect_failed'
  | 'social_account_unavailable'
  | 'template_in_use'
  | 'internal_error';

export interface ErrorDetail {
  path: string;
  message: string;
  code?: string;
}

/** Base of every error the domain raises on purpose; transports map `status`/`code` to their answer. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailed extends AppError {
  constructor(message = 'The request is not valid.', details: ErrorDetail[] = []) {
    super('validation_failed', 422, message, details);
  }
}
export class Unauthorized extends AppError {
  constructor(message = 'Authentication is required.', code: ErrorCode = 'unauthorized') {
    super(code, 401, message);
  }
}
export class Forbidden extends AppError {
  constructor(message = 'You do not have permission to do this.') {
    super('forbidden', 403, message);
  }
}
/** Also what a row of another tenant answers: never "exists but not yours". */
export class NotFound extends AppError {
  constructor(what = 'Resource') {
    super('not_found', 404, `${what} not found.`);
  }
}
export class Conflict extends AppError {
  constructor(message: string, details: ErrorDetail[] = [], code: ErrorCode = 'conflict') {
    super(code, 409, message, details);
  }
}
export class Gone extends AppError {
  constructor(message: string) {
    super('gone', 410, message);
  }
}
export class RateLimited extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many requests. Try again later.',
    code: ErrorCode = 'rate_limited',
  ) {
    super(code, 429, message);
  }
}
/** A From address on a domain the organization has not verified for sending (mail from it would be spoofed). */
export class SendingDomainUnverified extends AppError {
  constructor(domain: string) {
    super('sending_domain_unverified', 422, `${domain} is not a verified sending domain of this workspace.`, [
      {
        path: 'fromAddress',
        message: `Verify ${domain} under Sending domains first, or leave the address empty`,
        code: 'sending_domain_unverified',
      },
    ]);
  }
}
export class PayloadTooLarge extends AppError {
  constructor(limitBytes: number) {
    super('payload_too_large', 413, `The request body is larger than ${limitBytes} bytes.`);
  }
}

/** An uploaded import that is not a CSV we can read (binary, not UTF-8, broken quoting, no rows). */
export class NotCsv extends AppError {
  constructor(message: string, details: ErrorDetail[] = []) {
    super('not_csv', 422, message, details);
  }
}
/** An import over the byte or row cap: says which, so the creator can split the file. */
export class ImportTooLarge extends AppError {
  constructor(message: string) {
    super('import_too_large', 413, message);
  }
}

/** Turn a zod error into our detail list (path joined with dots). */
export function zodDetails(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string }>,
): ErrorDetail[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}
