import type { SubmissionResult } from '@conform-to/react';
import { createShortLinkInput } from '@mewayz/contracts';
import { linksService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { AiAssist } from '../components/ai-assist.tsx';
import { CopyButton } from '../components/copy-button.tsx';
import { FormCheckbox, FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  PageHeader,
  Pagination,
  TimeZoneInput,
  useTimeZone,
} from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { type ActionFailure, appErrorToResult, replyWithAppError } from '../lib/forms.server.ts';
import { editShortLinkForm, linkFormData, withTypedTimes } from '../lib/link-form.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';
import { toZonedInput } from '../lib/time-zone.ts';

const fmt = new Intl.NumberFormat('en');

export const meta: MetaFunction = () => [{ title: 'Short links · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'links.view');
  const paging = pageOf(request);
  const { items, total } = await linksService.listShortLinksWithClicks(depsOf(context), ctx.scope, paging);
  return { links: items, total, paging, canManage: ctx.can('links.manage') };
}

type Result = {
  ok: boolean;
  intent: string;
  message: string;
  linkId?: string;
  result?: SubmissionResult<string[]>;
};

/** Unticked boxes are absent from a form: the schema's defaults (on) must not win over them. */
const ticked = (form: FormData) => ({
  active: form.get('active') === 'on',
  passQuery: form.get('passQuery') === 'on',
});

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'links.manage');
  const linkId = String(form.get('linkId') ?? '');
  const refused = (result: SubmissionResult<string[]>) =>
    data<Result>({ ok: false, intent, linkId, message: '', result }, { status: 400 });
  try {
    switch (intent) {
      case 'create': {
        const submission = parseSubmission(linkFormData(form), createShortLinkInput);
        if (submission.status !== 'success') return refused(submission.reply());
        try {
          const link = await linksService.createShortLink(deps, ctx.scope, ctx.actor, {
            ...submission.value,
            ...ticked(form),
          });
          return data<Result>({
            ok: true,
            intent,
            message: `Short link ${link.shortUrl} created.`,
            result: submission.reply({ resetForm: true }),
          });
        } catch (err) {
          return refused(replyWithAppError(submission, err));
        }
      }
      case 'update': {
        const submission = parseSubmission(linkFormData(form), editShortLinkForm);
        if (submission.status !== 'success') return refused(withTypedTimes(submission.reply(), form));
        const v = submission.value;
        try {
          await linksService.updateShortLink(deps, ctx.scope, ctx.actor, linkId, {
            url: v.url,
            // An emptied field clears what it held.
            title: v.title ?? null,
            fallbackUrl: v.fallbackUrl ?? null,
            startsAt: v.startsAt ?? null,
            expiresAt: v.expiresAt ?? null,
            ...ticked(form),
          });
        } catch (err) {
          return refused(withTypedTimes(replyWithAppError(submission, err), form));
        }
        // No reply for the form: it is rebuilt from the stored link (its URL as normalised), not from what was typed.
        return data<Result>({ ok: true, intent, linkId, message: 'Link saved.' });
      }
      case 'delete':
        await linksService.deleteShortLink(deps, ctx.scope, ctx.actor, linkId);
        return data<Result>({ ok: true, intent, message: 'Link deleted.' });
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent, linkId } as Partial<ActionFailure>);
  }
}

type Link = Awaited<ReturnType<typeof loader>>['links'][number];

function NewLinkForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useMewayzForm(createShortLinkInput, {
    id: 'new-link',
    lastResult,
    defaultValue: { active: true, passQuery: true },
    prepare: linkFormData,
  });
  return (
    <MewayzForm form={form} intent="create" className="grid gap-4 sm:grid-cols-2">
      <FormField
        meta={fields.url}
        label="Destination URL"
        type="url"
        placeholder="example.com/spring-sale"
        hint="https:// is added when you leave it out."
        className="sm:col-span-2"
      />
      <FormField
        meta={fields.code}
        label="Custom code (optional)"
        placeholder="spring-sale"
        autoCapitalize="none"
        spellCheck={false}
      />
      <FormField meta={fields.title} label="Title (optional)" />
      <div className="flex flex-wrap gap-4 sm:col-span-2">
        <FormCheckbox meta={fields.active} label="Active" />
        <FormCheckbox meta={fields.passQuery} label="Pass UTM parameters through" />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" intent="create">
          Create short link
        </Button>
      </div>
    </MewayzForm>
  );
}

/** A saved link's editor; remounted with the stored values (the URL as normalised) after each save. */
function EditLinkForm({ link, lastResult }: { link: Link; lastResult?: SubmissionResult<string[]> }) {
  const tz = useTimeZone();
  const [form, fields] = useMewayzForm(editShortLinkForm, {
    id: `edit-${link.id}`,
    lastResult,
    defaultValue: {
      url: link.url,
      title: link.title ?? '',
      fallbackUrl: link.fallbackUrl ?? '',
      startsAt: toZonedInput(link.startsAt, tz),
      expiresAt: toZonedInput(link.expiresAt, tz),
      active: link.active,
      passQuery: link.passQuery,
    },
    prepare: linkFormData,
  });
  const failed = lastResult?.status === 'error';
  return (
    <details className="border-t border-slate-100" open={failed}>
      <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-indigo-700 hover:bg-slate-50">
        Edit<span className="sr-only"> {link.shortUrl}</span>
      </summary>
      <div className="space-y-3 px-4 pb-4">
        <MewayzForm form={form} intent="update" className="grid gap-4 sm:grid-cols-2">
          <input type="hidden" name="linkId" value={link.id} />
          <TimeZoneInput zone={tz} />
          <FormField
            meta={fields.url}
            label="Destination URL"
            id={`${link.id}-url`}
            type="url"
            className="sm:col-span-2"
          />
          <FormField meta={fields.title} label="Title" id={`${link.id}-title`} />
          <FormField
            meta={fields.fallbackUrl}
            label="Fallback URL (after expiry)"
            id={`${link.id}-fallback`}
            type="url"
          />
          <FormField
            meta={fields.startsAt}
            label={`Starts (${tz})`}
            id={`${link.id}-starts`}
            type="datetime-local"
          />
          <FormField
            meta={fields.expiresAt}
            label={`Expires (${tz})`}
            id={`${link.id}-expires`}
            type="datetime-local"
          />
          <div className="flex flex-wrap gap-4 sm:col-span-2">
            <FormCheckbox meta={fields.active} label="Active" />
            <FormCheckbox meta={fields.passQuery} label="Pass UTM parameters through" />
          </div>
          <div className="sm:col-span-2">
            <Button type="submit" size="sm" intent="update">
              Save link
            </Button>
          </div>
        </MewayzForm>
        <AiAssist
          task="link_titles"
          title="Suggest a title with AI"
          targetId={`${link.id}-title`}
          defaultBrief={link.url}
          current={link.title}
        />
        <ActionForm intent="delete">
          <input type="hidden" name="linkId" value={link.id} />
          <Button type="submit" size="sm" variant="danger" intent="delete">
            Delete link
          </Button>
        </ActionForm>
      </div>
    </details>
  );
}

export default function Links() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | ActionFailure | undefined;
  const replyTo = (intent: string, linkId?: string) =>
    r && 'result' in r && r.intent === intent && (!linkId || r.linkId === linkId) ? r.result : undefined;
  return (
    <>
      <PageHeader
        title="Short links"
        description="Short, trackable links with QR codes. Clicks show up in analytics."
      />
      {r?.message ? (
        <div className="mb-6">
          <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
        </div>
      ) : null}
      <div className="space-y-6">
        {d.canManage ? (
          <Card title="New short link">
            <NewLinkForm lastResult={replyTo('create')} />
          </Card>
        ) : null}
        {d.total === 0 ? (
          <EmptyState title="No short links yet">
            Create one above — it works at once, and every click is counted.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {d.links.map((l) => (
              <li key={l.id} className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center gap-x-4 gap-y-3 p-4">
                  <img
                    src={`/links/${l.id}/qr.svg`}
                    alt={`QR code for ${l.shortUrl}`}
                    width={72}
                    height={72}
                    className="size-18 shrink-0 rounded-md ring-1 ring-slate-200"
                    loading="lazy"
                  />
                  <div className="min-w-0 flex-1 basis-48">
                    <p className="flex flex-wrap items-center gap-2 font-mono text-sm font-semibold text-indigo-700">
                      <span className="min-w-0 break-all">{l.shortUrl}</span>
                      {l.active ? null : <Badge>Paused</Badge>}
                    </p>
                    {l.title ? (
                      <p className="truncate text-sm font-medium text-slate-800">{l.title}</p>
                    ) : null}
                    <p className="truncate text-sm text-slate-600" title={l.url}>
                      → {l.url}
                    </p>
                    <p className="mt-1 text-sm text-slate-700">
                      <span className="font-semibold tabular-nums text-slate-900">
                        {fmt.format(l.clicks.last30Days)}
                      </span>{' '}
                      {l.clicks.last30Days === 1 ? 'click' : 'clicks'} in the last 30 days
                      <span className="text-slate-500"> · {fmt.format(l.clicks.total)} in all</span>
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <CopyButton text={l.shortUrl} label={`Copy ${l.shortUrl}`} />
                    <a
                      href={`/links/${l.id}/qr.svg?download=1`}
                      download
                      className="inline-flex items-center rounded-md px-2 py-1 text-xs font-semibold text-indigo-700 ring-1 ring-slate-200 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
                    >
                      Download QR<span className="sr-only"> for {l.shortUrl}</span>
                    </a>
                  </div>
                </div>
                {d.canManage ? (
                  <EditLinkForm
                    key={`${l.id}:${l.updatedAt}`}
                    link={l}
                    lastResult={replyTo('update', l.id)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <Pagination {...d.paging} total={d.total} />
      </div>
    </>
  );
}
