import { destroyAllSessions, destroySession } from '@mewayz/core';
import type { ActionFunctionArgs } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import {
  checkCsrf,
  clearSessionCookie,
  currentSession,
  readCookie,
  SESSION_COOKIE,
} from '../lib/session.server.ts';

export async function loader() {
  return redirect('/sign-in');
}

/** Sign out (this session) or, with `_intent=everywhere`, end every session of the user. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const deps = depsOf(context);
  const current = await currentSession(request, context);
  const id = readCookie(request, SESSION_COOKIE);
  if (current && form.get('_intent') === 'everywhere') await destroyAllSessions(deps, current.user.id);
  else if (id) await destroySession(deps, id);
  return redirect('/sign-in', { headers: { 'set-cookie': clearSessionCookie(deps) } });
}
