import type { SubmissionResult } from '@conform-to/react';
import { emailAddress, signInInput } from '@mewayz/contracts';
import { AppError, identity } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { z } from 'zod';
import { AuthLayout, linkClass } from '../components/auth-layout.tsx';
import { FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { InvitationSummary } from '../components/invitation-summary.tsx';
import { ActionForm, Alert, Button, Field } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import { invitationOfNext } from '../lib/invitations.server.ts';
import {
  checkCsrf,
  currentSession,
  readCookie,
  requestCtx,
  SESSION_COOKIE,
  safeNext,
  sessionCookie,
} from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Sign in · Mewayz' }];

const CHALLENGE_TTL_MS = 5 * 60_000;

/**
 * The password step: the contract's sign-in input, with the email checked as an address and the
 * password required (the contract leaves both to the credential check, which has no field messages).
 */
const passwordStep = signInInput
  .pick({ email: true, password: true })
  .extend({ email: emailAddress, password: z.string({ error: 'Enter your password' }).max(256) });

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await currentSession(request, context))
    throw redirect(safeNext(new URL(request.url).searchParams.get('next')));
  return { invitation: await invitationOfNext(request, context) };
}

type Result = {
  ok: false;
  message: string;
  fieldErrors: Record<string, string>;
  challenge?: string;
  result?: SubmissionResult<string[]>;
};

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const deps = depsOf(context);
  const next = safeNext(String(form.get('_next') ?? ''));
  let email = '';
  let password = '';
  const challenge = String(form.get('challenge') ?? '');
  const submission = challenge ? null : parseSubmission(form, passwordStep);
  if (submission) {
    if (submission.status !== 'success')
      return data<Result>(
        { ok: false, message: '', fieldErrors: {}, result: submission.reply({ hideFields: ['password'] }) },
        { status: 400 },
      );
    email = submission.value.email;
    password = submission.value.password;
  } else {
    // Second step: the password step's result travels sealed (AES-GCM) in the form, never in clear.
    try {
      const opened = JSON.parse(await deps.secrets.decrypt(challenge)) as {
        email: string;
        password: string;
        exp: number;
      };
      if (opened.exp < Date.now()) throw new Error('expired');
      email = opened.email;
      password = opened.password;
    } catch {
      return data<Result>(
        { ok: false, message: 'That sign-in attempt expired. Start again.', fieldErrors: {} },
        { status: 400 },
      );
    }
  }
  const totpCode = String(form.get('totpCode') ?? '').trim() || undefined;
  const recoveryCode = String(form.get('recoveryCode') ?? '').trim() || undefined;
  try {
    const { session } = await identity.signIn(
      deps,
      { email, password, totpCode, recoveryCode },
      { ...requestCtx(request), previousSessionId: readCookie(request, SESSION_COOKIE) ?? undefined },
    );
    return redirect(next, { headers: { 'set-cookie': sessionCookie(deps, session) } });
  } catch (err) {
    if (
      err instanceof AppError &&
      (err.code === 'two_factor_required' || (challenge && err.code === 'invalid_credentials'))
    ) {
      const sealed = await deps.secrets.encrypt(
        JSON.stringify({ email, password, exp: Date.now() + CHALLENGE_TTL_MS }),
      );
      return data<Result>(
        {
          ok: false,
          message: err.code === 'two_factor_required' ? '' : err.message,
          fieldErrors: err.code === 'two_factor_required' ? {} : { totpCode: 'not correct or already used' },
          challenge: sealed,
        },
        { status: 401 },
      );
    }
    if (!submission) throw err;
    const result = replyWithAppError(submission, err, { hideFields: ['password'] });
    return data<Result>({ ok: false, message: '', fieldErrors: {}, result }, { status: 400 });
  }
}

export default function SignIn() {
  const result = useActionData<Result>();
  const { invitation } = useLoaderData<typeof loader>();
  const [form, fields] = useMewayzForm(passwordStep, { id: 'sign-in', lastResult: result?.result });
  const [params] = useSearchParams();
  const next = params.get('next') ?? '/sites';
  const e = result?.fieldErrors ?? {};
  if (result?.challenge) {
    return (
      <AuthLayout
        title="Two-factor authentication"
        subtitle="Enter the 6-digit code from your authenticator app."
      >
        {/* Own key: React must not reuse the password input (and its typed value) for the code. */}
        <ActionForm key="second-factor" className="space-y-5" noValidate>
          {result.message ? <Alert>{result.message}</Alert> : null}
          <input type="hidden" name="challenge" value={result.challenge} />
          <input type="hidden" name="_next" value={next} />
          <Field
            label="Authentication code"
            name="totpCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            autoFocus
            error={e.totpCode}
          />
          <details className="text-sm text-slate-700">
            <summary className="cursor-pointer font-medium text-indigo-700">
              Use a recovery code instead
            </summary>
            <Field
              className="mt-3"
              label="Recovery code"
              name="recoveryCode"
              autoComplete="off"
              placeholder="xxxxx-xxxxx"
            />
          </details>
          <Button type="submit" className="w-full">
            Verify and sign in
          </Button>
        </ActionForm>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title={invitation ? `Sign in to join ${invitation.organizationName}` : 'Sign in to Mewayz'}
      aside={invitation ? <InvitationSummary invitation={invitation} /> : null}
      footer={
        <>
          New here?{' '}
          <Link
            to={next !== '/sites' ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}
            className={linkClass}
          >
            Create an account
          </Link>
        </>
      }
    >
      <MewayzForm form={form} className="space-y-5">
        {!result && params.get('reset') ? (
          <Alert tone="success">Your password was changed. Sign in with the new one.</Alert>
        ) : null}
        {!result && params.get('verified') ? (
          <Alert tone="success">Your email address is confirmed. Sign in to continue.</Alert>
        ) : null}
        <input type="hidden" name="_next" value={next} />
        <FormField meta={fields.email} label="Email" type="email" autoComplete="email" />
        <FormField meta={fields.password} label="Password" type="password" autoComplete="current-password" />
        <div className="flex justify-end text-sm">
          <Link to="/forgot-password" className={linkClass}>
            Forgot your password?
          </Link>
        </div>
        <Button type="submit" className="w-full">
          Sign in
        </Button>
      </MewayzForm>
    </AuthLayout>
  );
}
