import { AppError, socialService } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

/**
 * Where a network sends the creator back after its authorization page: the code is exchanged for
 * tokens (sealed) in the workspace that started the connection, then back to /social with what
 * happened. The state is bound to that workspace and used once (core `finishSocialConnect`).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'content.manage');
  const q = new URL(request.url).searchParams;
  const text = (name: string) => q.get(name)?.slice(0, 500) ?? null;
  try {
    const account = await socialService.finishSocialConnect(depsOf(context), ctx.scope, ctx.actor, {
      state: text('state') ?? '',
      code: text('code'),
      error: text('error'),
      errorDescription: text('error_description'),
      iss: text('iss'),
    });
    return redirect(`/social?connected=${encodeURIComponent(account.handle)}`);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return redirect(`/social?connect_error=${encodeURIComponent(err.message.slice(0, 300))}`);
  }
}
