import { AppError, organizationsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { AuthLayout } from '../components/auth-layout.tsx';
import { ActionForm, Alert, Button } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { checkCsrf, cookieHeader, ORG_COOKIE, requestCtx, requireUser } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Accept invitation · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, context);
  return { token: new URL(request.url).searchParams.get('token') ?? '', email: user.email };
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
  const { token, email } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  return (
    <AuthLayout title="You're invited" subtitle={`Join the workspace as ${email}.`}>
      <ActionForm className="space-y-5">
        {r?.message ? <Alert>{r.message}</Alert> : null}
        <input type="hidden" name="token" value={token} />
        <Button type="submit" className="w-full">
          Accept invitation
        </Button>
      </ActionForm>
    </AuthLayout>
  );
}
