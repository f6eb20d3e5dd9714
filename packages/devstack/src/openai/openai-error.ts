/** An error answered in OpenAI's shape, so the SDK raises its own typed error (`RateLimitError`, …). */
export class OpenAIApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = 'invalid_request_error',
    readonly code: string | null = null,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body() {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export const invalidRequest = (message: string, param: string | null = null) =>
  new OpenAIApiError(400, message, 'invalid_request_error', null, param);
