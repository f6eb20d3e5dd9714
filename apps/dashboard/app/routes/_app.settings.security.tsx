import type { SubmissionResult } from '@conform-to/react';
import { changePasswordInput } from '@mewayz/contracts';
import { AppError, identity } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { ActionForm, Alert, Badge, Button, Card, PageHeader } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { appErrorToResult, intentOf, replyWithAppError } from '../lib/forms.server.ts';
import { revalidateUnlessActionHasPage } from '../lib/fresh-page.ts';
import { qrSvg } from '../lib/qr.server.ts';
import { checkCsrf, requestCtx, requireUser, sessionCookie } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Security · Mewayz' }];

const enableSchema = z.object({
  code: z
    .string({ error: 'Enter the 6-digit code from your app' })
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your app'),
});
const disableSchema = z.object({ password: z.string({ error: 'Enter your password' }).max(256) });

/** The page's state, read fresh: the loader's answer, and every action's too (see `shouldRevalidate`). */
async function securityPage(deps: ReturnType<typeof depsOf>, userId: string) {
  const row = await identity.findUserById(deps, userId);
  const user = identity.userView(row!);
  const remaining = user.twoFactorEnabled ? await identity.remainingRecoveryCodes(deps, user.id) : 0;
  return { twoFactor: user.twoFactorEnabled, remaining, email: user.email };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, context);
  return securityPage(depsOf(context), user.id);
}

export const shouldRevalidate = revalidateUnlessActionHasPage;

type Result = {
  ok: boolean;
  intent: string;
  message: string;
  fieldErrors: Record<string, string>;
  result?: SubmissionResult<string[]>;
  setup?: { secret: string; qr: string };
  recoveryCodes?: string[];
  page?: Awaited<ReturnType<typeof securityPage>>;
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
  const invalid = (result: SubmissionResult<string[]>) =>
    data<Result>({ ok: false, intent, message: '', fieldErrors: {}, result }, { status: 400 });
  try {
    switch (intent) {
      case 'begin2fa': {
        const { secret, uri } = await identity.beginTotpSetup(deps, user.id);
        return ok('', { setup: { secret, qr: qrSvg(uri, 6) } });
      }
      case 'enable2fa': {
        const submission = parseSubmission(form, enableSchema);
        if (submission.status !== 'success') return invalid(submission.reply());
        try {
          const res = await identity.enableTotp(deps, user.id, submission.value.code, {
            ...ctx,
            sessionId: session.id,
          });
          return ok(
            'Two-factor authentication is on. Other devices were signed out.',
            { recoveryCodes: res.recoveryCodes, page: await securityPage(deps, user.id) },
            res.session ? { 'set-cookie': sessionCookie(deps, res.session) } : undefined,
          );
        } catch (err) {
          return invalid(replyWithAppError(submission, credentialsOn(err, 'code')));
        }
      }
      case 'disable2fa': {
        const submission = parseSubmission(form, disableSchema);
        if (submission.status !== 'success') return invalid(submission.reply({ hideFields: ['password'] }));
        try {
          await identity.disableTotp(deps, user.id, submission.value.password, ctx);
        } catch (err) {
          return invalid(
            replyWithAppError(submission, credentialsOn(err, 'password'), { hideFields: ['password'] }),
          );
        }
        return ok('Two-factor authentication is off.', { page: await securityPage(deps, user.id) });
      }
      case 'recoveryCodes': {
        const recoveryCodes = await identity.newRecoveryCodes(deps, user.id, ctx);
        return ok('New recovery codes — the old ones no longer work.', {
          recoveryCodes,
          page: await securityPage(deps, user.id),
        });
      }
      case 'password': {
        const hideFields = ['currentPassword', 'newPassword'];
        const submission = parseSubmission(form, changePasswordInput);
        if (submission.status !== 'success') return invalid(submission.reply({ hideFields }));
        try {
          const res = await identity.changePassword(deps, user.id, submission.value, {
            ...ctx,
            sessionId: session.id,
          });
          return ok(
            'Password changed. Other devices were signed out.',
            { result: submission.reply({ resetForm: true }) },
            res.session ? { 'set-cookie': sessionCookie(deps, res.session) } : undefined,
          );
        } catch (err) {
          return invalid(
            replyWithAppError(submission, credentialsOn(err, 'currentPassword'), { hideFields }),
          );
        }
      }
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    return appErrorToResult(err, { intent });
  }
}

/** A wrong code or password is about that field: shown next to it rather than above the form. */
function credentialsOn(err: unknown, field: string): unknown {
  if (err instanceof AppError && err.code === 'invalid_credentials' && err.details.length === 0)
    return new AppError(err.code, 400, err.message, [{ path: field, message: err.message, code: err.code }]);
  return err;
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
  const loaded = useLoaderData<typeof loader>();
  const r = useActionData<Result>();
  // Actions answer with the page as it is now: the badge changes on the same paint as the message.
  const d = r?.page ?? loaded;
  const mine = (intent: string) => (r?.intent === intent ? r : null);
  const setup = mine('begin2fa')?.setup ?? null;
  const enableResult = mine('enable2fa');
  const [enableForm, enableFields] = useMewayzForm(enableSchema, {
    id: 'enable2fa',
    lastResult: enableResult?.result,
  });
  const [disableForm, disableFields] = useMewayzForm(disableSchema, {
    id: 'disable2fa',
    lastResult: mine('disable2fa')?.result,
  });
  const [passwordForm, passwordFields] = useMewayzForm(changePasswordInput, {
    id: 'password',
    lastResult: mine('password')?.result,
  });
  return (
    <>
      <PageHeader title="Security" description={`Sign-in settings for ${d.email}.`} />
      <div className="space-y-6">
        <Card
          title="Two-factor authentication"
          description="Ask for a code from an authenticator app when you sign in."
          actions={
            <span data-testid="two-factor-status">
              {d.twoFactor ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>}
            </span>
          }
        >
          <div className="space-y-4">
            {r && ['enable2fa', 'disable2fa', 'recoveryCodes'].includes(r.intent) && r.message ? (
              <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
            ) : null}
            {r?.recoveryCodes ? <RecoveryCodes codes={r.recoveryCodes} /> : null}
            {!d.twoFactor && (setup || (enableResult && !enableResult.ok)) ? (
              <MewayzForm form={enableForm} intent="enable2fa" className="space-y-4">
                {setup ? (
                  <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
                    <div
                      role="img"
                      aria-label="QR code for your authenticator app"
                      className="size-44 shrink-0 rounded-lg bg-white p-1 ring-1 ring-slate-200 [&>svg]:size-full"
                      // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG generated on the server from our own otpauth URI.
                      dangerouslySetInnerHTML={{ __html: setup.qr }}
                    />
                    <div className="min-w-0 space-y-2 text-sm text-slate-700">
                      <p>
                        1. Scan the code with your authenticator app (1Password, Authy, Google
                        Authenticator…).
                      </p>
                      <p>
                        Or enter this key:{' '}
                        <code
                          data-testid="totp-secret"
                          className="rounded bg-slate-100 px-1.5 py-0.5 font-mono break-all text-slate-900"
                        >
                          {setup.secret}
                        </code>
                      </p>
                      <p>2. Enter the 6-digit code it shows.</p>
                    </div>
                  </div>
                ) : null}
                <FormField
                  meta={enableFields.code}
                  label="Code from the app"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  className="max-w-xs"
                />
                <Button type="submit" intent="enable2fa">
                  Turn on two-factor
                </Button>
              </MewayzForm>
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
                <MewayzForm form={disableForm} intent="disable2fa" className="space-y-3">
                  <FormField
                    meta={disableFields.password}
                    label="Password"
                    type="password"
                    autoComplete="current-password"
                  />
                  <Button type="submit" variant="danger" intent="disable2fa">
                    Turn off two-factor
                  </Button>
                </MewayzForm>
              </div>
            ) : null}
          </div>
        </Card>
        <Card title="Password" description="Changing it signs out your other devices.">
          <MewayzForm form={passwordForm} intent="password" className="grid max-w-xl gap-4">
            {mine('password')?.ok ? <Alert tone="success">{mine('password')?.message}</Alert> : null}
            <FormField
              meta={passwordFields.currentPassword}
              label="Current password"
              type="password"
              autoComplete="current-password"
            />
            <FormField
              meta={passwordFields.newPassword}
              label="New password"
              type="password"
              autoComplete="new-password"
              hint="10 characters or more."
            />
            <div>
              <Button type="submit" intent="password">
                Change password
              </Button>
            </div>
          </MewayzForm>
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
