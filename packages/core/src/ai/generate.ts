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
import { moderatedPartials, textsOf } from './moderated-partials.ts';
import { messagesFor } from './prompts.ts';
import type { AiSettings } from './settings.ts';
import { holdBudget, recordUsage, takeRateSlot, usageOf } from './usage.ts';

export type AiDeps = Pick<CoreDeps, 'redis' | 'now' | 'log'> & { ai?: AiSettings };

export interface GenerateOptions {
  /** The answer parsed so far, as it streams in: each one has passed the moderation check. */
  onPartial?: (partial: unknown) => void;
  signal?: AbortSignal;
  /** Who asked: each generation spends the workspace's budget, so it is written to the audit log. */
  actor?: Actor;
}

/**
 * What a call holds of the month's budget while it is written: its prompt (about four characters a
 * token) and an allowance for the answer, which the task schemas keep to a few hundred words.
 */
const answerAllowance = 1500;
const estimateCost = (messages: { content: string }[]) =>
  Math.ceil(messages.reduce((n, m) => n + m.content.length, 0) / 4) + answerAllowance;

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
  const messages = messagesFor(request);
  const hold = await holdBudget(
    deps,
    scope,
    deps.ai.monthlyTokenBudget,
    crypto.randomUUID(),
    estimateCost(messages),
  );
  let answer: Awaited<ReturnType<typeof provider.structured>>;
  try {
    if (await provider.flagged(textsOf([request.brief, request.current ?? '']).filter(Boolean)))
      throw new AiInputFlagged();
    const partials = opts.onPartial
      ? moderatedPartials((texts) => provider.flagged(texts), opts.onPartial)
      : null;
    try {
      answer = await provider.structured({
        schema: aiOutputSchemas[request.task],
        name: request.task,
        messages,
        onPartial: partials ? (p) => partials.push(p) : undefined,
        signal: opts.signal,
      });
    } finally {
      await partials?.close();
    }
    await recordUsage(deps, scope, answer.usage);
  } finally {
    await hold.release();
  }
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
