import { AppError, RateLimited } from '../errors.ts';

/**
 * How an AI request fails. None is a 5xx: the creator's request was fine and the platform is up; what
 * failed is a dependency (424), the model's answer (422), or a limit (429, with Retry-After).
 */

/** No provider is configured (no OPENAI_API_KEY): the feature is off on this deployment. */
export class AiNotConfigured extends AppError {
  constructor() {
    super(
      'ai_not_configured',
      409,
      'AI assist is not set up on this Mewayz. Ask the operator to configure it.',
    );
  }
}

/** The organization used its tokens for this calendar month (UTC). */
export class AiBudgetExhausted extends RateLimited {
  constructor(retryAfterSeconds: number) {
    super(
      retryAfterSeconds,
      'This workspace has used its AI budget for the month. It renews on the 1st.',
      'ai_budget_exhausted',
    );
  }
}

/**
 * What is left of the month's budget is held by the organization's generations still being written:
 * their cost is not known yet, so another one waits for them rather than overspend.
 */
export class AiBudgetHeld extends RateLimited {
  constructor(retryAfterSeconds: number) {
    super(
      retryAfterSeconds,
      'The rest of this month’s AI budget is in use by suggestions still being written. Try again in a moment.',
      'ai_budget_held',
    );
  }
}

/** Too many AI requests from the organization in the current minute. */
export class AiRateLimited extends RateLimited {
  constructor(retryAfterSeconds: number) {
    super(
      retryAfterSeconds,
      'Too many AI requests in a short time. Try again in a minute.',
      'ai_rate_limited',
    );
  }
}

/** The provider's own rate limit, still hit after the SDK's retries. */
export class AiProviderBusy extends RateLimited {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, 'The AI service is busy. Try again in a moment.', 'ai_provider_busy');
  }
}

/** The provider failed (5xx, refused our credentials, unreachable). */
export class AiProviderUnavailable extends AppError {
  constructor(message = 'The AI service is unavailable right now. Try again in a minute.') {
    super('ai_provider_unavailable', 424, message);
  }
}

export class AiProviderTimeout extends AppError {
  constructor() {
    super('ai_provider_timeout', 424, 'The AI service took too long to answer. Try again.');
  }
}

/** The answer did not match the task's schema (cut short, not JSON, wrong fields). */
export class AiInvalidOutput extends AppError {
  constructor() {
    super('ai_invalid_output', 424, 'The AI answer came back malformed. Try again.');
  }
}

/** The model declined to write this. */
export class AiRefused extends AppError {
  constructor(readonly refusal: string) {
    super('ai_refused', 422, 'The AI declined to write this. Try wording your request differently.');
  }
}

export class AiInputFlagged extends AppError {
  constructor() {
    super('ai_input_flagged', 422, 'Your request was flagged by the content check. Please reword it.');
  }
}

export class AiOutputFlagged extends AppError {
  constructor() {
    super(
      'ai_output_flagged',
      422,
      'The suggestion did not pass the content check, so it is not shown. Try again.',
    );
  }
}
