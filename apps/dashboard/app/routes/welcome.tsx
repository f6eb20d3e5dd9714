import { organizationsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { AuthLayout } from '../components/auth-layout.tsx';
import { FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { Button } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import { checkCsrf, cookieHeader, ORG_COOKIE, requestCtx, requireUser } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Create your workspace · Mewayz' }];

const schema = z.object({
  name: z
    .string({ error: 'Enter a workspace name' })
    .trim()
    .min(1, 'Enter a workspace name')
    .max(120, 'Use at most 120 characters'),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, context);
  return { name: user.name };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const { user } = await requireUser(request, context);
  const submission = parseSubmission(form, schema);
  if (submission.status !== 'success') return submission.reply();
  const deps = depsOf(context);
  try {
    const { organization } = await organizationsService.createOrganization(deps, user.id, submission.value, {
      userId: user.id,
      requestId: requestCtx(request).requestId,
    });
    return redirect('/sites', {
      headers: { 'set-cookie': cookieHeader(deps, ORG_COOKIE, organization.id, 31536000) },
    });
  } catch (err) {
    return replyWithAppError(submission, err);
  }
}

export default function Welcome() {
  const { name } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useMewayzForm(schema, { lastResult, defaultValue: { name: `${name}'s workspace` } });
  return (
    <AuthLayout
      title={`Welcome, ${name.split(' ')[0]}!`}
      subtitle="Create a workspace for your sites, links and team. You will be its owner."
    >
      <MewayzForm form={form} className="space-y-5">
        <FormField meta={fields.name} label="Workspace name" hint="You can invite teammates later." />
        <Button type="submit" className="w-full">
          Create workspace
        </Button>
      </MewayzForm>
    </AuthLayout>
  );
}
