import { invitationDetails } from '@mewayz/core';
import type { AppLoadContext } from '@remix-run/cloudflare';
import { depsOf } from './env.server.ts';

/** The invitation a token names (workspace, role, inviter), or null for an unknown token. */
export function invitationOfToken(context: AppLoadContext, token: string | null) {
  return token ? invitationDetails(depsOf(context), token) : Promise.resolve(null);
}

/**
 * The invitation an invitee is on their way to, when sign-in or sign-up was reached from an
 * invitation link (`?next=/invitations/accept?token=…`): those pages say what they are joining.
 */
export function invitationOfNext(request: Request, context: AppLoadContext) {
  const next = new URL(request.url).searchParams.get('next');
  if (!next?.startsWith('/invitations/accept?')) return Promise.resolve(null);
  const token = new URL(next, 'http://next.invalid').searchParams.get('token');
  return invitationOfToken(context, token);
}
