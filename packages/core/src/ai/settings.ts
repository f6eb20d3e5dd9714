import type { PlatformVars } from '../platform/vars.ts';
import { type AiProvider, openAIProvider } from './provider.ts';

/** How this deployment writes with AI: the provider (null: not configured) and the organization limits. */
export interface AiSettings {
  readonly provider: AiProvider | null;
  /** Tokens an organization may use per calendar month (UTC). */
  monthlyTokenBudget: number;
  /** Generations an organization may start per minute. */
  ratePerMinute: number;
}

export function aiSettingsOf(vars: PlatformVars): AiSettings {
  let provider: AiProvider | null | undefined;
  return {
    // Made on first use: most requests never write with AI.
    get provider() {
      if (provider === undefined)
        provider = vars.OPENAI_API_KEY
          ? openAIProvider({
              apiKey: vars.OPENAI_API_KEY,
              baseUrl: vars.OPENAI_BASE_URL,
              model: vars.OPENAI_MODEL,
              moderationModel: vars.OPENAI_MODERATION_MODEL,
              timeoutMs: vars.AI_TIMEOUT_MS,
            })
          : null;
      return provider;
    },
    monthlyTokenBudget: vars.AI_MONTHLY_TOKEN_BUDGET,
    ratePerMinute: vars.AI_RATE_LIMIT_PER_MINUTE,
  };
}
