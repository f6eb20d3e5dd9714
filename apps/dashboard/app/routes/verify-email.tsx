import type { SubmissionResult } from '@conform-to/react';
import { resendVerificationInput } from '@mewayz/contracts';
import { AppError, identity } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { AuthLayout, linkClass } from '../components/auth-layout.tsx';
import { MewayzForm, useMewayzForm } from '../components/form.tsx';
import { ActionForm, Alert, Button } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import {
  checkCsrf,
  cookieHeader,
  currentSession,
  NEXT_COOKIE,
  readCookie,
  requestCtx,
  requireUser,
  safeNext,
} from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Confirm your email · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token');
  const deps = depsOf(context);
  if (token) {
    try {
      await identity.verifyEmail(deps, token, requestCtx(request));
      const signedIn = await currentSession(request, context);
      const next = safeNext(readCookie(request, NEXT_COOKIE), '');
      if (signedIn && next)
        return redirect(next, { headers: { 'set-cookie': cookieHeader(deps, NEXT_COOKIE, '', 0) } });
      return redirect(signedIn ? '/sites?verified=1' : '/sign-in?verified=1');
    } catch (err) {
      if (err instanceof AppError && err.code === 'invalid_token') {
        return { state: 'invalid' as const, email: null, outbox: deps.vars.DEV_OUTBOX === 'true' };
      }
      throw err;
    }
  }
  const { user } = await requireUser(request, context, { allowUnverified: true });
  if (user.emailVerified) throw redirect('/sites');
  return { state: 'pending' as const, email: user.email, outbox: deps.vars.DEV_OUTBOX === 'true' };
}

/** "Send the link again": a form with no fields, checked by its schema like every other form. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const { user } = await requireUser(request, context, { allowUnverified: true });
  const submission = parseSubmission(form, resendVerificationInput);
  if (submission.status !== 'success')
    return data({ sent: false, result: submission.reply() as SubmissionResult<string[]> }, { status: 400 });
  try {
    await identity.sendVerificationEmail(depsOf(context), user.id);
  } catch (err) {
    return data({ sent: false, result: replyWithAppError(submission, err) }, { status: 400 });
  }
  return { sent: true, result: submission.reply({ resetForm: true }) as SubmissionResult<string[]> };
}

export default function VerifyEmail() {
  const d = useLoaderData<typeof loader>();
  const sent = useActionData<typeof action>();
  const [form] = useMewayzForm(resendVerificationInput, { id: 'resend', lastResult: sent?.result });
  if (d.state === 'invalid') {
    return (
      <AuthLayout
        title="This link has expired"
        subtitle="Verification links work once. Sign in to get a fresh one."
      >
        <Link
          to="/sign-in"
          className="block rounded-lg bg-indigo-600 px-3.5 py-2 text-center text-sm font-semibold text-white hover:bg-indigo-500"
        >
          Sign in
        </Link>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title="Check your inbox"
      subtitle={
        <>
          We sent a confirmation link to <strong className="text-slate-900">{d.email}</strong>.
        </>
      }
      footer={
        d.outbox ? (
          <>
            Local development:{' '}
            <Link to="/dev/outbox" className={linkClass}>
              open the dev outbox
            </Link>
          </>
        ) : null
      }
    >
      <div className="space-y-4">
        {sent?.sent ? (
          <Alert tone="success">A new link is on its way. Earlier links no longer work.</Alert>
        ) : null}
        <p className="text-sm text-slate-700">
          Open the link in the email to confirm your address and start building your site.
        </p>
        <MewayzForm form={form}>
          <Button type="submit" variant="secondary" className="w-full">
            Send the link again
          </Button>
        </MewayzForm>
        <ActionForm action="/sign-out">
          <Button type="submit" variant="ghost" className="w-full">
            Sign out
          </Button>
        </ActionForm>
      </div>
    </AuthLayout>
  );
}
