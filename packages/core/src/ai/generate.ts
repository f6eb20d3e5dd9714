import {
  type AiGeneration,
  type AiGenerationRequest,
  type AiOutput,
  type AiTask,
  type AiUsage,
  aiGenerationRequestSchema,
  aiOutputSchemas,
} from '@mewayz/contracts';
import { recordAudit } from '../audit/record.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { ValidationFailed, zodDetails } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { AiInputFlagged, AiNotConfigured, AiOutputFlagged, AiRefused } from './errors.ts';
import { messagesFor } from './prompts.ts';
import type { AiSettings } from './settings.ts';
import { assertBudgetLeft, recordUsage, takeRateSlot, usageOf } from './usage.ts';

export type AiDeps = Pick<CoreDeps, 'redis' | 'now' | 'log'> & { ai?: AiSettings };

export interface GenerateOptions {
  /** The answer parsed so far, as it streams in (not yet moderated: show it as a draft). */
  onPartial?: (partial: unknown) => void;
  signal?: AbortSignal;
  /** Who asked: each generation spends the workspace's budget, so it is written to the audit log. */
  actor?: Actor;
}

/** Every string in an answer, for the moderation check. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/**
 * Write what the creator asked for: within the organization's rate limit and monthly budget, the
 * request and then the answer checked by moderation, the answer held to the task's schema. The tokens
 * a call used are counted also when its answer is then refused or flagged: they were spent.
 */
export async function generate(
  deps: AiDeps,
  scope: TenantScope,
  input: unknown,
  opts: GenerateOptions = {},
): Promise<AiGeneration> {
  const provider = deps.ai?.provider;
  if (!deps.ai || !provider) throw new AiNotConfigured();
  const parsed = aiGenerationRequestSchema.safeParse(input);
  if (!parsed.success)
    throw new ValidationFailed('The AI request is not valid.', zodDetails(parsed.error.issues));
  const request: AiGenerationRequest = parsed.data;
  await takeRateSlot(deps, scope, deps.ai.ratePerMinute);
  await assertBudgetLeft(deps, scope, deps.ai.monthlyTokenBudget);
  if (await provider.flagged(textsOf([request.brief, request.current ?? '']).filter(Boolean)))
    throw new AiInputFlagged();
  const answer = await provider.structured({
    schema: aiOutputSchemas[request.task],
    name: request.task,
    messages: messagesFor(request),
    onPartial: opts.onPartial,
    signal: opts.signal,
  });
  await recordUsage(deps, scope, answer.usage);
  if (answer.kind === 'refusal') throw new AiRefused(answer.refusal);
  if (await provider.flagged(textsOf(answer.output))) throw new AiOutputFlagged();
  const source = answer.standin ? 'standin' : 'provider';
  if (opts.actor)
    await recordAudit(scope, opts.actor, {
      action: 'ai.generated',
      metadata: { task: request.task, tokens: answer.usage.totalTokens, source },
    });
  deps.log.info('ai generation', {
    task: request.task,
    organization_id: scope.orgId,
    tokens: answer.usage.totalTokens,
  });
  return {
    task: request.task,
    output: answer.output as AiOutput<AiTask> as Record<string, unknown>,
    model: answer.model,
    source,
    usage: answer.usage,
  };
}

/** This month's AI use of the organization, and whether AI is set up at all. */
export async function usage(deps: AiDeps, scope: TenantScope): Promise<AiUsage> {
  return usageOf(deps, scope, {
    budget: deps.ai?.monthlyTokenBudget ?? 0,
    configured: Boolean(deps.ai?.provider),
  });
}
