import { type AiGeneration, type AiUsage, aiTasks } from '@mewayz/contracts';
import { AppError, aiService } from '@mewayz/core';
import type { AppLoadContext } from '@remix-run/cloudflare';
import { workspaceAction } from './tenant.server.ts';

/**
 * The AI assist's requests from the dashboard: a form (task, brief, tone, text to rewrite) from a
 * member who may edit the workspace's content. Answered whole to a form post without script, or
 * streamed as NDJSON lines to the page's own fetch.
 */
export type AiStreamLine =
  | { type: 'partial'; output: unknown }
  | { type: 'done'; generation: AiGeneration; usage: AiUsage }
  | { type: 'error'; code: string; message: string };

export type AiFormResult =
  | { ok: true; generation: AiGeneration; usage: AiUsage; brief: string }
  | { ok: false; code: string; message: string; brief: string };

function requestOf(form: FormData) {
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' && v.trim() ? v : undefined;
  };
  return { task: text('task'), brief: text('brief') ?? '', tone: text('tone'), current: text('current') };
}

async function start(request: Request, context: AppLoadContext) {
  const { form, ctx, deps } = await workspaceAction(request, context, 'sites.edit');
  return { input: requestOf(form), ctx, deps };
}

/** A form post without script: the whole answer, or why there is none. */
export async function aiFormAction(request: Request, context: AppLoadContext): Promise<AiFormResult> {
  const { input, ctx, deps } = await start(request, context);
  try {
    const generation = await aiService.generate(deps, ctx.scope, input, { actor: ctx.actor });
    return { ok: true, generation, usage: await aiService.usage(deps, ctx.scope), brief: input.brief };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { ok: false, code: err.code, message: err.message, brief: input.brief };
  }
}

const ndjson = { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' };

/**
 * The answer as it is written: partial objects (each moderated before it is sent), then the finished (validated, moderated) answer with
 * the month's usage, one JSON object a line. What fails before the first words (limits, budget, not
 * set up, a request the content check flags) answers with its own 4xx status instead of a stream.
 */
export async function aiStreamAction(request: Request, context: AppLoadContext): Promise<Response> {
  const { input, ctx, deps } = await start(request, context);
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  const send = (line: AiStreamLine) =>
    writer.write(encoder.encode(`${JSON.stringify(line)}\n`)).catch(() => {});
  let firstWords!: () => void;
  const started = new Promise<void>((r) => {
    firstWords = r;
  });
  let streaming = false;
  const run = aiService
    .generate(deps, ctx.scope, input, {
      signal: request.signal,
      actor: ctx.actor,
      onPartial: (output) => {
        streaming = true;
        firstWords();
        void send({ type: 'partial', output });
      },
    })
    .then(async (generation) => ({ generation, usage: await aiService.usage(deps, ctx.scope) }));
  const early = await Promise.race([
    started.then(() => null),
    run.then(
      () => null,
      (err: unknown) => err,
    ),
  ]);
  if (!streaming && early instanceof AppError) {
    const headers: Record<string, string> = { ...ndjson };
    if ('retryAfterSeconds' in early) headers['retry-after'] = String(early.retryAfterSeconds);
    return new Response(`${JSON.stringify({ type: 'error', code: early.code, message: early.message })}\n`, {
      status: early.status,
      headers,
    });
  }
  if (!streaming && early) throw early;
  void run
    .then(
      ({ generation, usage }) => send({ type: 'done', generation, usage }),
      (err: unknown) => {
        if (!(err instanceof AppError)) deps.log.error('ai stream failed', { error: String(err) });
        const e = err instanceof AppError ? err : null;
        return send({
          type: 'error',
          code: e?.code ?? 'internal_error',
          message: e?.message ?? 'Something went wrong while writing. Try again.',
        });
      },
    )
    .finally(() => writer.close().catch(() => {}));
  return new Response(readable, { headers: ndjson });
}

export const isAiTask = (v: unknown): v is (typeof aiTasks)[number] =>
  typeof v === 'string' && (aiTasks as readonly string[]).includes(v);
