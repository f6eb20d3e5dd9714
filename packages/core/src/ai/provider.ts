import { aiStandinFingerprint } from '@mewayz/contracts';
import OpenAI from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { z } from 'zod';
import {
  AiInvalidOutput,
  AiOutputFlagged,
  AiProviderBusy,
  AiProviderTimeout,
  AiProviderUnavailable,
} from './errors.ts';

/**
 * The model as the AI assist sees it: one structured answer (streamed, partial objects handed out as
 * they grow) and a moderation check. One implementation talks through the `openai` SDK to OpenAI or
 * any compatible server at `baseUrl` — locally the devstack's stand-in — so the code under test is the
 * code in production.
 */
export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export type StructuredAnswer<T> =
  | { kind: 'answer'; output: T; usage: TokenUsage; model: string; standin: boolean }
  | { kind: 'refusal'; refusal: string; usage: TokenUsage; model: string; standin: boolean };

export interface StructuredRequest<S extends z.ZodType> {
  schema: S;
  name: string;
  messages: ChatMessage[];
  /** Called with the answer parsed so far (a partial object) as it streams in. */
  onPartial?: (partial: unknown) => void;
  signal?: AbortSignal;
}

export interface AiProvider {
  readonly model: string;
  structured<S extends z.ZodType>(req: StructuredRequest<S>): Promise<StructuredAnswer<z.infer<S>>>;
  /** True when any of the texts is flagged. */
  flagged(texts: string[]): Promise<boolean>;
}

export interface OpenAIProviderOptions {
  apiKey: string;
  /** Unset: api.openai.com. */
  baseUrl?: string;
  model: string;
  moderationModel: string;
  timeoutMs: number;
  /** The SDK's retries of 429/5xx/connection errors (default 2). */
  maxRetries?: number;
}

/** A rough count for a server that sends no usage: about four characters a token. */
const estimate = (text: string) => Math.ceil(text.length / 4);

/** The SDK's errors as the AI assist's typed errors; anything else is a bug and is rethrown. */
export function providerError(err: unknown, timedOut: boolean): unknown {
  if (timedOut || err instanceof OpenAI.APIConnectionTimeoutError) return new AiProviderTimeout();
  if (err instanceof OpenAI.RateLimitError) {
    const after = Number(err.headers?.get('retry-after'));
    return new AiProviderBusy(Number.isFinite(after) && after > 0 ? Math.ceil(after) : 30);
  }
  // The stream reports an answer it could not parse as an OpenAIError caused by the parse error.
  const cause = err instanceof OpenAI.OpenAIError && !(err instanceof OpenAI.APIError) ? err.cause : err;
  if (cause instanceof SyntaxError || (cause as { name?: string })?.name === 'ZodError')
    return new AiInvalidOutput();
  if (err instanceof LengthFinishReasonError) return new AiInvalidOutput();
  if (err instanceof ContentFilterFinishReasonError) return new AiOutputFlagged();
  // 5xx, unreachable, and our own credentials or request refused: none is the creator's doing.
  if (err instanceof OpenAI.APIError) return new AiProviderUnavailable();
  return err;
}

export function openAIProvider(opts: OpenAIProviderOptions): AiProvider {
  const client = new OpenAI({
    apiKey: opts.apiKey,
    ...(opts.baseUrl ? { baseURL: opts.baseUrl } : {}),
    timeout: opts.timeoutMs,
    maxRetries: opts.maxRetries ?? 2,
    // fetch is the runtime's in Workers and Node alike.
    fetch: (input, init) => fetch(input, init),
  });

  /** Run `fn` with an abort signal that fires after the timeout (a stream can stall after its headers). */
  async function bounded<T>(
    outer: AbortSignal | undefined,
    fn: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, opts.timeoutMs);
    const onOuter = () => controller.abort();
    outer?.addEventListener('abort', onOuter);
    try {
      return await fn(controller.signal);
    } catch (err) {
      if (outer?.aborted) throw err;
      throw providerError(err, timedOut);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    }
  }

  return {
    model: opts.model,
    async structured(req) {
      const format = zodResponseFormat(req.schema, req.name);
      return bounded(req.signal, async (signal) => {
        const stream = client.chat.completions.stream(
          {
            model: opts.model,
            messages: req.messages,
            response_format: format,
            stream_options: { include_usage: true },
          },
          { signal },
        );
        if (req.onPartial) {
          const onPartial = req.onPartial;
          stream.on('content.delta', (e) => {
            if (e.parsed && typeof e.parsed === 'object') onPartial(e.parsed);
          });
        }
        const done = await stream.finalChatCompletion();
        const message = done.choices[0]?.message;
        const text = message?.content ?? message?.refusal ?? '';
        const usage: TokenUsage = done.usage
          ? {
              promptTokens: done.usage.prompt_tokens,
              completionTokens: done.usage.completion_tokens,
              totalTokens: done.usage.total_tokens,
            }
          : (() => {
              const promptTokens = estimate(req.messages.map((m) => m.content).join('\n'));
              const completionTokens = estimate(text);
              return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens };
            })();
        const meta = {
          usage,
          model: done.model || opts.model,
          standin: done.system_fingerprint === aiStandinFingerprint,
        };
        if (message?.refusal) return { kind: 'refusal', refusal: message.refusal, ...meta };
        // The SDK parsed the JSON with the schema already; parse again so the type is the schema's own.
        const checked = req.schema.safeParse(message?.parsed ?? null);
        if (!checked.success) throw new AiInvalidOutput();
        return { kind: 'answer', output: checked.data, ...meta };
      });
    },
    async flagged(texts) {
      if (!texts.length) return false;
      return bounded(undefined, async (signal) => {
        const res = await client.moderations.create(
          { model: opts.moderationModel, input: texts },
          { signal },
        );
        return res.results.some((r) => r.flagged);
      });
    },
  };
}
