import { organizationsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { AuthLayout } from '../components/auth-layout.tsx';
import { ActionForm, Alert, Button, Field } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, fail, formToObject, parseWith } from '../lib/forms.server.ts';
import { checkCsrf, cookieHeader, ORG_COOKIE, requestCtx, requireUser } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Create your workspace · Mewayz' }];

const schema = z.object({ name: z.string().trim().min(1, 'give your workspace a name').max(120) });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, context);
  return { name: user.name };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const { user } = await requireUser(request, context);
  const parsed = parseWith(schema, formToObject(form));
  if (!parsed.ok) return fail('Check the highlighted fields.', parsed.fieldErrors);
  const deps = depsOf(context);
  try {
    const { organization } = await organizationsService.createOrganization(deps, user.id, parsed.data, {
      userId: user.id,
      requestId: requestCtx(request).requestId,
    });
    return redirect('/sites', {
      headers: { 'set-cookie': cookieHeader(deps, ORG_COOKIE, organization.id, 31536000) },
    });
  } catch (err) {
    return appErrorToResult(err);
  }
}

export default function Welcome() {
  const { name } = useLoaderData<typeof loader>();
  const r = useActionData<ActionFailure>();
  return (
    <AuthLayout
      title={`Welcome, ${name.split(' ')[0]}!`}
      subtitle="Create a workspace for your sites, links and team."
    >
      <ActionForm className="space-y-5" noValidate>
        {r?.message ? <Alert>{r.message}</Alert> : null}
        <Field
          label="Workspace name"
          name="name"
          defaultValue={`${name}'s workspace`}
          required
          error={r?.fieldErrors?.name}
          hint="You can invite teammates later."
        />
        <Button type="submit" className="w-full">
          Create workspace
        </Button>
      </ActionForm>
    </AuthLayout>
  );
}
