import type { SubmissionResult } from '@conform-to/react';
import { emailAddress, say, secondFactorInput, signInInput } from '@mewayz/contracts';
import { AppError, identity } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { AuthLayout, linkClass } from '../components/auth-layout.tsx';
import { FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { InvitationSummary } from '../components/invitation-summary.tsx';
import { Alert, Button } from '../components/ui.tsx';
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
  /** Set on the second step: the password step's result, sealed, for the code form to carry. */
  challenge?: string;
  result?: SubmissionResult<string[]>;
};

const challengeExpired = 'That sign-in attempt expired. Start again.';

async function sealChallenge(deps: ReturnType<typeof depsOf>, email: string, password: string) {
  return deps.secrets.encrypt(JSON.stringify({ email, password, exp: Date.now() + CHALLENGE_TTL_MS }));
}

/** The password step's result from its sealed form (AES-GCM), or null when it is not ours or expired. */
async function openChallenge(deps: ReturnType<typeof depsOf>, challenge: string) {
  try {
    const opened = JSON.parse(await deps.secrets.decrypt(challenge)) as {
      email: string;
      password: string;
      exp: number;
    };
    return opened.exp < Date.now() ? null : opened;
  } catch {
    return null;
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const deps = depsOf(context);
  const next = safeNext(String(form.get('_next') ?? ''));
  const signIn = async (input: {
    email: string;
    password: string;
    totpCode?: string;
    recoveryCode?: string;
  }) => {
    const { session } = await identity.signIn(deps, input, {
      ...requestCtx(request),
      previousSessionId: readCookie(request, SESSION_COOKIE) ?? undefined,
    });
    return redirect(next, { headers: { 'set-cookie': sessionCookie(deps, session) } });
  };
  const isSecondFactor = form.has('challenge');
  if (!isSecondFactor) {
    const submission = parseSubmission(form, passwordStep);
    if (submission.status !== 'success')
      return data<Result>(
        { ok: false, result: submission.reply({ hideFields: ['password'] }) },
        { status: 400 },
      );
    const { email, password } = submission.value;
    try {
      return await signIn({ email, password });
    } catch (err) {
      if (err instanceof AppError && err.code === 'two_factor_required')
        return data<Result>(
          { ok: false, challenge: await sealChallenge(deps, email, password) },
          { status: 401 },
        );
      const result = replyWithAppError(submission, err, { hideFields: ['password'] });
      return data<Result>({ ok: false, result }, { status: 400 });
    }
  }
  // Second step: the code (or a recovery code), checked by the same schema in the browser and here.
  const submission = parseSubmission(form, secondFactorInput);
  const challenge = String(form.get('challenge') ?? '');
  const opened = challenge ? await openChallenge(deps, challenge) : null;
  if (!opened)
    return data<Result>(
      { ok: false, result: submission.reply({ formErrors: [challengeExpired], resetForm: true }) },
      { status: 400 },
    );
  if (submission.status !== 'success')
    return data<Result>({ ok: false, challenge, result: submission.reply() }, { status: 400 });
  const { totpCode, recoveryCode } = submission.value;
  try {
    return await signIn({ email: opened.email, password: opened.password, totpCode, recoveryCode });
  } catch (err) {
    if (err instanceof AppError && (err.code === 'invalid_credentials' || err.code === 'two_factor_required'))
      return data<Result>(
        {
          ok: false,
          challenge: await sealChallenge(deps, opened.email, opened.password),
          result: submission.reply({
            fieldErrors: {
              [recoveryCode && !totpCode ? 'recoveryCode' : 'totpCode']: [say.wrongSecondFactor],
            },
          }),
        },
        { status: 401 },
      );
    const result = replyWithAppError(submission, err);
    return data<Result>({ ok: false, challenge, result }, { status: 400 });
  }
}

export default function SignIn() {
  const result = useActionData<Result>();
  const { invitation } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const next = params.get('next') ?? '/sites';
  if (result?.challenge)
    return <SecondFactor challenge={result.challenge} result={result.result} next={next} />;
  return <PasswordStep result={result?.result} invitation={invitation} next={next} />;
}

/** The second step: a code from the authenticator app, or a recovery code. */
function SecondFactor({
  challenge,
  result,
  next,
}: {
  challenge: string;
  result?: SubmissionResult<string[]>;
  next: string;
}) {
  const [form, fields] = useMewayzForm(secondFactorInput, {
    id: 'second-factor',
    lastResult: result,
    defaultValue: { challenge },
    validateOn: 'onSubmit',
  });
  // Open while in use, and when the recovery code was refused (its message shows inside).
  const [showRecovery, setShowRecovery] = useState(false);
  const recoveryRefused = Boolean(fields.recoveryCode.errors?.length);
  useEffect(() => {
    if (recoveryRefused) setShowRecovery(true);
  }, [recoveryRefused]);
  return (
    <AuthLayout
      title="Two-factor authentication"
      subtitle="Enter the 6-digit code from your authenticator app."
    >
      <MewayzForm form={form} className="space-y-5">
        <input type="hidden" name="challenge" value={challenge} />
        <input type="hidden" name="_next" value={next} />
        <FormField
          meta={fields.totpCode}
          label="Authentication code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          autoFocus
        />
        <details
          className="text-sm text-slate-700"
          open={showRecovery}
          onToggle={(e) => setShowRecovery(e.currentTarget.open)}
        >
          <summary className="cursor-pointer font-medium text-indigo-700">
            Use a recovery code instead
          </summary>
          <FormField
            className="mt-3"
            meta={fields.recoveryCode}
            label="Recovery code"
            autoComplete="off"
            placeholder="xxxxx-xxxxx"
          />
        </details>
        <Button type="submit" className="w-full">
          Verify and sign in
        </Button>
      </MewayzForm>
    </AuthLayout>
  );
}

function PasswordStep({
  result,
  invitation,
  next,
}: {
  result?: SubmissionResult<string[]>;
  invitation: Awaited<ReturnType<typeof loader>>['invitation'];
  next: string;
}) {
  const [form, fields] = useMewayzForm(passwordStep, { id: 'sign-in', lastResult: result });
  const [params] = useSearchParams();
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
