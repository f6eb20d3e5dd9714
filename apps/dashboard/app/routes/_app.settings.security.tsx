import { changePasswordInput } from '@mewayz/contracts';
import { AppError, identity } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ActionForm, Alert, Badge, Button, Card, Field, PageHeader } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult, fail, formToObject, intentOf, parseWith } from '../lib/forms.server.ts';
import { qrSvg } from '../lib/qr.server.ts';
import { checkCsrf, requestCtx, requireUser, sessionCookie } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Security · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, context);
  const deps = depsOf(context);
  const remaining = user.twoFactorEnabled ? await identity.remainingRecoveryCodes(deps.db, user.id) : 0;
  return { twoFactor: user.twoFactorEnabled, remaining, email: user.email };
}

type Result = {
  ok: boolean;
  intent: string;
  message: string;
  fieldErrors: Record<string, string>;
  setup?: { secret: string; qr: string };
  recoveryCodes?: string[];
};

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const { user, session } = await requireUser(request, context);
  const deps = depsOf(context);
  const intent = intentOf(form);
  const ctx = requestCtx(request);
  const ok = (message: string, extra: Partial<Result> = {}, headers?: HeadersInit) =>
    data<Result>({ ok: true, intent, message, fieldErrors: {}, ...extra }, headers ? { headers } : undefined);
  try {
    switch (intent) {
      case 'begin2fa': {
        const { secret, uri } = await identity.beginTotpSetup(deps, user.id);
        return ok('', { setup: { secret, qr: qrSvg(uri, 6) } });
      }
      case 'enable2fa': {
        const code = String(form.get('code') ?? '').trim();
        if (!/^\d{6}$/.test(code)) return fail('Enter the 6-digit code.', { code: 'six digits' }, { intent });
        const res = await identity.enableTotp(deps, user.id, code, { ...ctx, sessionId: session.id });
        return ok(
          'Two-factor authentication is on. Other devices were signed out.',
          { recoveryCodes: res.recoveryCodes },
          res.session ? { 'set-cookie': sessionCookie(deps, res.session) } : undefined,
        );
      }
      case 'disable2fa':
        await identity.disableTotp(deps, user.id, String(form.get('password') ?? ''), ctx);
        return ok('Two-factor authentication is off.');
      case 'recoveryCodes':
        return ok('New recovery codes — the old ones no longer work.', {
          recoveryCodes: await identity.newRecoveryCodes(deps, user.id, ctx),
        });
      case 'password': {
        const parsed = parseWith(changePasswordInput, formToObject(form));
        if (!parsed.ok) return fail('Check the highlighted fields.', parsed.fieldErrors, { intent });
        const res = await identity.changePassword(deps, user.id, parsed.data, {
          ...ctx,
          sessionId: session.id,
        });
        return ok(
          'Password changed. Other devices were signed out.',
          {},
          res.session ? { 'set-cookie': sessionCookie(deps, res.session) } : undefined,
        );
      }
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof AppError && err.code === 'invalid_credentials') {
      const field = intent === 'enable2fa' ? 'code' : intent === 'password' ? 'currentPassword' : 'password';
      return fail(err.message, { [field]: err.message }, { intent }, 400);
    }
    return appErrorToResult(err, { intent });
  }
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-3 rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200">
      <p className="text-sm font-semibold text-amber-900">
        Save these recovery codes now — they are shown only once.
      </p>
      <p className="text-sm text-amber-900">Each one signs you in once if you lose your authenticator.</p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 font-mono text-sm sm:grid-cols-5">
        {codes.map((c) => (
          <li key={c} className="rounded bg-white px-2 py-1 text-center ring-1 ring-amber-200">
            {c}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function Security() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<Result>();
  const mine = (intent: string) => (r?.intent === intent ? r : null);
  const setup = mine('begin2fa')?.setup ?? null;
  const enableResult = mine('enable2fa');
  return (
    <>
      <PageHeader title="Security" description={`Sign-in settings for ${d.email}.`} />
      <div className="space-y-6">
        <Card
          title="Two-factor authentication"
          description="Ask for a code from an authenticator app when you sign in."
          actions={d.twoFactor ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>}
        >
          <div className="space-y-4">
            {r && ['enable2fa', 'disable2fa', 'recoveryCodes'].includes(r.intent) && r.message ? (
              <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
            ) : null}
            {r?.recoveryCodes ? <RecoveryCodes codes={r.recoveryCodes} /> : null}
            {!d.twoFactor && (setup || (enableResult && !enableResult.ok)) ? (
              <ActionForm intent="enable2fa" className="space-y-4">
                {setup ? (
                  <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
                    <div
                      role="img"
                      aria-label="QR code for your authenticator app"
                      className="size-44 shrink-0 rounded-lg bg-white p-1 ring-1 ring-slate-200 [&>svg]:size-full"
                      // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG generated on the server from our own otpauth URI.
                      dangerouslySetInnerHTML={{ __html: setup.qr }}
                    />
                    <div className="space-y-2 text-sm text-slate-700">
                      <p>
                        1. Scan the code with your authenticator app (1Password, Authy, Google
                        Authenticator…).
                      </p>
                      <p>
                        Or enter this key:{' '}
                        <code
                          data-testid="totp-secret"
                          className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900"
                        >
                          {setup.secret}
                        </code>
                      </p>
                      <p>2. Enter the 6-digit code it shows.</p>
                    </div>
                  </div>
                ) : null}
                <Field
                  label="Code from the app"
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  error={enableResult?.fieldErrors?.code}
                  className="max-w-xs"
                />
                <Button type="submit" intent="enable2fa">
                  Turn on two-factor
                </Button>
              </ActionForm>
            ) : null}
            {!d.twoFactor && !setup && !(enableResult && !enableResult.ok) ? (
              <ActionForm intent="begin2fa">
                <Button type="submit" intent="begin2fa">
                  Set up two-factor authentication
                </Button>
              </ActionForm>
            ) : null}
            {d.twoFactor ? (
              <div className="grid gap-6 sm:grid-cols-2">
                <ActionForm intent="recoveryCodes" className="space-y-3">
                  <p className="text-sm text-slate-700">{d.remaining} of 10 recovery codes left.</p>
                  <Button type="submit" variant="secondary" intent="recoveryCodes">
                    Generate new recovery codes
                  </Button>
                </ActionForm>
                <ActionForm intent="disable2fa" className="space-y-3">
                  <Field
                    label="Password"
                    name="password"
                    type="password"
                    autoComplete="current-password"
                    error={mine('disable2fa')?.fieldErrors?.password}
                  />
                  <Button type="submit" variant="danger" intent="disable2fa">
                    Turn off two-factor
                  </Button>
                </ActionForm>
              </div>
            ) : null}
          </div>
        </Card>
        <Card title="Password" description="Changing it signs out your other devices.">
          <ActionForm intent="password" className="grid max-w-xl gap-4" noValidate>
            {mine('password')?.message ? (
              <Alert tone={mine('password')?.ok ? 'success' : 'error'}>{mine('password')?.message}</Alert>
            ) : null}
            <Field
              label="Current password"
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              error={mine('password')?.fieldErrors?.currentPassword}
            />
            <Field
              label="New password"
              name="newPassword"
              type="password"
              autoComplete="new-password"
              error={mine('password')?.fieldErrors?.newPassword}
              hint="At least 10 characters."
            />
            <div>
              <Button type="submit" intent="password">
                Change password
              </Button>
            </div>
          </ActionForm>
        </Card>
        <Card title="Sessions" description="Lost a device or signed in somewhere public?">
          <ActionForm action="/sign-out" intent="everywhere">
            <Button type="submit" variant="danger" intent="everywhere">
              Sign out everywhere
            </Button>
          </ActionForm>
        </Card>
      </div>
    </>
  );
}
