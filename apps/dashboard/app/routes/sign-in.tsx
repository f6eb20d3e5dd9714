import { AppError, identity } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useSearchParams } from '@remix-run/react';
import { AuthLayout, linkClass } from '../components/auth-layout.tsx';
import { ActionForm, Alert, Button, Field } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult, formValues } from '../lib/forms.server.ts';
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

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await currentSession(request, context))
    throw redirect(safeNext(new URL(request.url).searchParams.get('next')));
  return null;
}

type Result = {
  ok: false;
  message: string;
  fieldErrors: Record<string, string>;
  values?: Record<string, string>;
  challenge?: string;
};

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const deps = depsOf(context);
  const next = safeNext(String(form.get('next') ?? ''));
  let email = String(form.get('email') ?? '');
  let password = String(form.get('password') ?? '');
  const challenge = String(form.get('challenge') ?? '');
  // Second step: the password step's result travels sealed (AES-GCM) in the form, never in clear.
  if (challenge) {
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
    return appErrorToResult(err, { values: formValues(form) });
  }
}

export default function SignIn() {
  const result = useActionData<Result>();
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
          <input type="hidden" name="next" value={next} />
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
      title="Sign in to Mewayz"
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
      <ActionForm key="password" className="space-y-5" noValidate>
        {result?.message ? <Alert>{result.message}</Alert> : null}
        {!result && params.get('reset') ? (
          <Alert tone="success">Your password was changed. Sign in with the new one.</Alert>
        ) : null}
        {!result && params.get('verified') ? (
          <Alert tone="success">Your email address is confirmed. Sign in to continue.</Alert>
        ) : null}
        <input type="hidden" name="next" value={next} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={result?.values?.email}
          error={e.email}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={e.password}
        />
        <div className="flex justify-end text-sm">
          <Link to="/forgot-password" className={linkClass}>
            Forgot your password?
          </Link>
        </div>
        <Button type="submit" className="w-full">
          Sign in
        </Button>
      </ActionForm>
    </AuthLayout>
  );
}
