import { signUpInput } from '@mewayz/contracts';
import { identity } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { AuthLayout, linkClass } from '../components/auth-layout.tsx';
import { FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { InvitationSummary } from '../components/invitation-summary.tsx';
import { Button } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import { invitationOfNext } from '../lib/invitations.server.ts';
import {
  checkCsrf,
  cookieHeader,
  currentSession,
  NEXT_COOKIE,
  requestCtx,
  safeNext,
  sessionCookie,
} from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Create your account · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await currentSession(request, context)) throw redirect('/sites');
  return { invitation: await invitationOfNext(request, context) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const deps = depsOf(context);
  const submission = parseSubmission(form, signUpInput);
  if (submission.status !== 'success') return submission.reply({ hideFields: ['password'] });
  const ctx = requestCtx(request);
  try {
    await identity.signUp(deps, submission.value, ctx);
    const { session } = await identity.signIn(
      deps,
      { email: submission.value.email, password: submission.value.password },
      ctx,
    );
    const headers = new Headers({ 'set-cookie': sessionCookie(deps, session) });
    const next = safeNext(String(form.get('_next') ?? ''), '');
    if (next) headers.append('set-cookie', cookieHeader(deps, NEXT_COOKIE, next, 86400));
    return redirect('/verify-email', { headers });
  } catch (err) {
    return replyWithAppError(submission, err, { hideFields: ['password'] });
  }
}

export default function SignUp() {
  const lastResult = useActionData<typeof action>();
  const { invitation } = useLoaderData<typeof loader>();
  const [form, fields] = useMewayzForm(signUpInput, {
    lastResult,
    defaultValue: invitation ? { email: invitation.email } : undefined,
  });
  const [params] = useSearchParams();
  const next = params.get('next') ?? '';
  return (
    <AuthLayout
      title={invitation ? `Join ${invitation.organizationName} on Mewayz` : 'Create your Mewayz account'}
      subtitle={
        invitation
          ? 'Create your account to accept the invitation.'
          : 'A link-in-bio site, short links and analytics — free to start.'
      }
      aside={invitation ? <InvitationSummary invitation={invitation} /> : null}
      footer={
        <>
          Already have an account?{' '}
          <Link to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'} className={linkClass}>
            Sign in
          </Link>
        </>
      }
    >
      <MewayzForm form={form} className="space-y-5">
        <input type="hidden" name="_next" value={next} />
        <FormField meta={fields.name} label="Your name" autoComplete="name" />
        <FormField meta={fields.email} label="Email" type="email" autoComplete="email" />
        <FormField
          meta={fields.password}
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="10 characters or more. A short sentence works well."
        />
        <Button type="submit" className="w-full">
          Create account
        </Button>
      </MewayzForm>
    </AuthLayout>
  );
}
