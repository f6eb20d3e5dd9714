import { signUpInput } from '@mewayz/contracts';
import { identity } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useSearchParams } from '@remix-run/react';
import { AuthLayout, linkClass } from '../components/auth-layout.tsx';
import { ActionForm, Alert, Button, Field } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import {
  type ActionFailure,
  appErrorToResult,
  fail,
  formToObject,
  formValues,
  parseWith,
} from '../lib/forms.server.ts';
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
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const deps = depsOf(context);
  const parsed = parseWith(signUpInput, formToObject(form));
  if (!parsed.ok)
    return fail('Check the highlighted fields.', parsed.fieldErrors, { values: formValues(form) });
  const ctx = requestCtx(request);
  try {
    await identity.signUp(deps, parsed.data, ctx);
    const { session } = await identity.signIn(
      deps,
      { email: parsed.data.email, password: parsed.data.password },
      ctx,
    );
    const headers = new Headers({ 'set-cookie': sessionCookie(deps, session) });
    const next = safeNext(String(form.get('_next') ?? ''), '');
    if (next) headers.append('set-cookie', cookieHeader(deps, NEXT_COOKIE, next, 86400));
    return redirect('/verify-email', { headers });
  } catch (err) {
    return appErrorToResult(err, { values: formValues(form) });
  }
}

export default function SignUp() {
  const result = useActionData<ActionFailure>();
  const e = result?.fieldErrors ?? {};
  const [params] = useSearchParams();
  return (
    <AuthLayout
      title="Create your Mewayz account"
      subtitle="A link-in-bio site, short links and analytics — free to start."
      footer={
        <>
          Already have an account?{' '}
          <Link to="/sign-in" className={linkClass}>
            Sign in
          </Link>
        </>
      }
    >
      <ActionForm className="space-y-5" noValidate>
        {result?.message ? <Alert>{result.message}</Alert> : null}
        <input type="hidden" name="_next" value={params.get('next') ?? ''} />
        <Field
          label="Your name"
          name="name"
          autoComplete="name"
          required
          defaultValue={result?.values?.name}
          error={e.name}
        />
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
          autoComplete="new-password"
          required
          error={e.password}
          hint="At least 10 characters. A short sentence works well."
        />
        <Button type="submit" className="w-full">
          Create account
        </Button>
      </ActionForm>
    </AuthLayout>
  );
}
