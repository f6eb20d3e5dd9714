/**
 * An error the stand-in answers in Stripe's shape, `{ error: { type, code, message, param } }`, with
 * the status the SDK maps to its typed errors: 400/404 → StripeInvalidRequestError (or
 * StripeIdempotencyError for `idempotency_error`), 401 → StripeAuthenticationError, 402 → StripeCardError.
 */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: {
      type?: 'invalid_request_error' | 'card_error' | 'idempotency_error' | 'api_error';
      code?: string;
      param?: string;
      decline_code?: string;
    } = {},
  ) {
    super(message);
  }

  /** The response body, fields Stripe leaves out when empty left out too. */
  body(): { error: Record<string, string> } {
    const { type = 'invalid_request_error', ...rest } = this.details;
    const error: Record<string, string> = { type, message: this.message };
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) error[k] = v;
    return { error };
  }
}

/** 400 `invalid_request_error`, optionally naming the parameter. */
export const invalidRequest = (message: string, param?: string, code?: string) =>
  new StripeApiError(400, message, { param, code });

/** `Missing required param: x.` — Stripe's wording and code. */
export const missingParam = (param: string) =>
  new StripeApiError(400, `Missing required param: ${param}.`, { param, code: 'parameter_missing' });

/** 404 for an id the stand-in does not know, worded like Stripe's (`No such charge: 'ch_…'`). */
export const noSuch = (objectName: string, id: string, param = 'id') =>
  new StripeApiError(404, `No such ${objectName}: '${id}'`, { param, code: 'resource_missing' });
