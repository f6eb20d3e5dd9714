import { AppError, organizationsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { AuthLayout } from '../components/auth-layout.tsx';
import { InvitationSummary } from '../components/invitation-summary.tsx';
import { ActionForm, Alert, Button } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { invitationOfToken } from '../lib/invitations.server.ts';
import { roleLabel } from '../lib/roles.ts';
import { checkCsrf, cookieHeader, ORG_COOKIE, requestCtx, requireUser } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Accept invitation · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, context);
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return { token, email: user.email, invitation: await invitationOfToken(context, token) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const { user } = await requireUser(request, context);
  const deps = depsOf(context);
  try {
    const { organizationId } = await organizationsService.acceptInvitation(
      deps,
      user.id,
      String(form.get('token') ?? ''),
      {
        requestId: requestCtx(request).requestId,
      },
    );
    return redirect('/sites', {
      headers: { 'set-cookie': cookieHeader(deps, ORG_COOKIE, organizationId, 31536000) },
    });
  } catch (err) {
    if (err instanceof AppError) return { message: err.message };
    throw err;
  }
}

export default function AcceptInvitation() {
  const { token, email, invitation } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const otherAddress = invitation && invitation.email !== email;
  return (
    <AuthLayout
      title={invitation ? `Join ${invitation.organizationName}` : "You're invited"}
      subtitle={
        invitation
          ? `You will join as ${roleLabel(invitation.role)}, signed in as ${email}.`
          : `Join the workspace as ${email}.`
      }
      aside={invitation ? <InvitationSummary invitation={invitation} /> : null}
    >
      <ActionForm className="space-y-5">
        {r?.message ? <Alert>{r.message}</Alert> : null}
        {!invitation ? <Alert>This invitation link is not valid. Ask for a new one.</Alert> : null}
        {otherAddress ? (
          <Alert>
            This invitation was sent to {invitation.email}. Sign out and sign in with that address to accept
            it.
          </Alert>
        ) : null}
        <input type="hidden" name="token" value={token} />
        <Button type="submit" className="w-full">
          {invitation ? `Accept and join ${invitation.organizationName}` : 'Accept invitation'}
        </Button>
      </ActionForm>
    </AuthLayout>
  );
}
