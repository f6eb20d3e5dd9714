import { createShortLinkInput, updateShortLinkInput } from '@mewayz/contracts';
import { linksService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { CopyButton } from '../components/copy-button.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  EmptyState,
  Field,
  PageHeader,
  Pagination,
  TimeZoneInput,
  useTimeZone,
} from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, fail, formToObject, parseWith } from '../lib/forms.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';
import { fromZonedInput, toZonedInput, zoneOfForm } from '../lib/time-zone.ts';

const fmt = new Intl.NumberFormat('en');

export const meta: MetaFunction = () => [{ title: 'Short links · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'links.view');
  const paging = pageOf(request);
  const { items, total } = await linksService.listShortLinksWithClicks(depsOf(context), ctx.scope, paging);
  return { links: items, total, paging, canManage: ctx.can('links.manage') };
}

function linkPayload(form: FormData, update: boolean) {
  const obj = formToObject(form);
  // datetime-local values, read in the zone the form showed them in.
  const tz = zoneOfForm(form);
  const instant = (k: string) => (obj[k] === undefined ? undefined : fromZonedInput(obj[k], tz));
  const out: Record<string, unknown> = {
    url: obj.url,
    title: obj.title ?? (update ? null : undefined),
    fallbackUrl: obj.fallbackUrl ?? (update ? null : undefined),
    startsAt: instant('startsAt') ?? (update ? null : undefined),
    expiresAt: instant('expiresAt') ?? (update ? null : undefined),
    passQuery: form.get('passQuery') === 'on',
    active: form.get('active') === 'on',
  };
  if (!update && obj.code) out.code = obj.code;
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'links.manage');
  const linkId = String(form.get('linkId') ?? '');
  try {
    switch (intent) {
      case 'create': {
        const parsed = parseWith(createShortLinkInput, linkPayload(form, false));
        if (!parsed.ok) return fail('Check the highlighted fields.', parsed.fieldErrors, { intent });
        const link = await linksService.createShortLink(deps, ctx.scope, ctx.actor, parsed.data);
        return data({ ok: true, intent, message: `Short link ${link.shortUrl} created.` });
      }
      case 'update': {
        const parsed = parseWith(updateShortLinkInput, linkPayload(form, true));
        if (!parsed.ok)
          return fail('Check the highlighted fields.', parsed.fieldErrors, {
            intent,
            linkId,
          } as Partial<ActionFailure>);
        await linksService.updateShortLink(deps, ctx.scope, ctx.actor, linkId, parsed.data);
        return data({ ok: true, intent, message: 'Link saved.' });
      }
      case 'delete':
        await linksService.deleteShortLink(deps, ctx.scope, ctx.actor, linkId);
        return data({ ok: true, intent, message: 'Link deleted.' });
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent, linkId } as Partial<ActionFailure>);
  }
}

export default function Links() {
  const tz = useTimeZone();
  const d = useLoaderData<typeof loader>();
  const r = useActionData<
    (ActionFailure & { linkId?: string }) | { ok: true; intent: string; message: string }
  >();
  const errs = (intent: string, linkId?: string) =>
    r && !r.ok && r.intent === intent && (!linkId || r.linkId === linkId) ? r.fieldErrors : {};
  const ce = errs('create');
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
            <ActionForm intent="create" resetOnSuccess className="grid gap-4 sm:grid-cols-2" noValidate>
              <Field
                label="Destination URL"
                name="url"
                type="url"
                placeholder="https://example.com/spring-sale"
                error={ce.url}
                className="sm:col-span-2"
              />
              <Field
                label="Custom code (optional)"
                name="code"
                placeholder="spring-sale"
                autoCapitalize="none"
                spellCheck={false}
                error={ce.code}
              />
              <Field label="Title (optional)" name="title" error={ce.title} />
              <div className="flex flex-wrap gap-4 sm:col-span-2">
                <Checkbox label="Active" name="active" id="new-active" defaultChecked />
                <Checkbox label="Pass UTM parameters through" name="passQuery" id="new-pass" defaultChecked />
              </div>
              <div className="sm:col-span-2">
                <Button type="submit" intent="create">
                  Create short link
                </Button>
              </div>
            </ActionForm>
          </Card>
        ) : null}
        {d.total === 0 ? (
          <EmptyState title="No short links yet">
            Create one above — it works at once, and every click is counted.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {d.links.map((l) => {
              const e = errs('update', l.id);
              return (
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
                    <details className="border-t border-slate-100" open={Object.keys(e).length > 0}>
                      <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-indigo-700 hover:bg-slate-50">
                        Edit
                      </summary>
                      <div className="space-y-3 px-4 pb-4">
                        <ActionForm intent="update" className="grid gap-4 sm:grid-cols-2" noValidate>
                          <input type="hidden" name="linkId" value={l.id} />
                          <Field
                            label="Destination URL"
                            id={`${l.id}-url`}
                            name="url"
                            type="url"
                            defaultValue={l.url}
                            error={e.url}
                            className="sm:col-span-2"
                          />
                          <Field
                            label="Title"
                            id={`${l.id}-title`}
                            name="title"
                            defaultValue={l.title ?? ''}
                            error={e.title}
                          />
                          <Field
                            label="Fallback URL (after expiry)"
                            id={`${l.id}-fallback`}
                            name="fallbackUrl"
                            type="url"
                            defaultValue={l.fallbackUrl ?? ''}
                            error={e.fallbackUrl}
                          />
                          <TimeZoneInput zone={tz} />
                          <Field
                            label={`Starts (${tz})`}
                            id={`${l.id}-starts`}
                            name="startsAt"
                            type="datetime-local"
                            defaultValue={toZonedInput(l.startsAt, tz)}
                            error={e.startsAt}
                          />
                          <Field
                            label={`Expires (${tz})`}
                            id={`${l.id}-expires`}
                            name="expiresAt"
                            type="datetime-local"
                            defaultValue={toZonedInput(l.expiresAt, tz)}
                            error={e.expiresAt}
                          />
                          <div className="flex flex-wrap gap-4 sm:col-span-2">
                            <Checkbox
                              label="Active"
                              id={`${l.id}-active`}
                              name="active"
                              defaultChecked={l.active}
                            />
                            <Checkbox
                              label="Pass UTM parameters through"
                              id={`${l.id}-pass`}
                              name="passQuery"
                              defaultChecked={l.passQuery}
                            />
                          </div>
                          <div className="sm:col-span-2">
                            <Button type="submit" size="sm" intent="update">
                              Save link
                            </Button>
                          </div>
                        </ActionForm>
                        <ActionForm intent="delete">
                          <input type="hidden" name="linkId" value={l.id} />
                          <Button type="submit" size="sm" variant="danger" intent="delete">
                            Delete link
                          </Button>
                        </ActionForm>
                      </div>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        <Pagination {...d.paging} total={d.total} />
      </div>
    </>
  );
}
