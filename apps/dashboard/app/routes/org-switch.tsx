import { say, switchWorkspaceInput } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import type { ActionFunctionArgs } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { checkCsrf, cookieHeader, ORG_COOKIE, requireUser } from '../lib/session.server.ts';

/**
 * Switch the current organization; only to one the user is a member of. The switcher lives in the
 * shell of every page, so a refused form answers with the error page and the schema's message.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const { user } = await requireUser(request, context);
  const deps = depsOf(context);
  const submission = parseSubmission(form, switchWorkspaceInput);
  if (submission.status !== 'success') {
    const message = Object.values(submission.error ?? {}).flat()[0] ?? say.workspace;
    throw new Response(message, { status: 400 });
  }
  const { orgId, back = '/sites' } = submission.value;
  if (!(await organizationsService.findMembershipRole(deps, orgId, user.id))) {
    throw new Response('You are not a member of that workspace.', { status: 403 });
  }
  return redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/sites', {
    headers: { 'set-cookie': cookieHeader(deps, ORG_COOKIE, orgId, 31536000) },
  });
}

export async function loader() {
  return redirect('/sites');
}
