import type { SubmissionResult } from '@conform-to/react';
import { addDomainInput } from '@mewayz/contracts';
import { domainsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { CopyButton } from '../components/copy-button.tsx';
import { FormField, FormSelect, MewayzForm, useMewayzForm } from '../components/form.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  PageHeader,
  Pagination,
} from '../components/ui.tsx';
import { sitesOf } from '../lib/analytics.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { appErrorToResult, replyWithAppError } from '../lib/forms.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Domains · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'domains.view');
  const deps = depsOf(context);
  const paging = pageOf(request);
  const [domains, sites] = await Promise.all([
    domainsService.listDomains(deps, ctx.scope, paging),
    sitesOf(deps, ctx.scope),
  ]);
  return {
    domains: domains.items,
    total: domains.total,
    paging,
    sites,
    canManage: ctx.can('domains.manage'),
  };
}

type Result = { ok: boolean; intent: string; message: string; result?: SubmissionResult<string[]> };

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'domains.manage');
  const domainId = String(form.get('domainId') ?? '');
  try {
    switch (intent) {
      case 'add': {
        const submission = parseSubmission(form, addDomainInput);
        if (submission.status !== 'success')
          return data<Result>(
            { ok: false, intent, message: '', result: submission.reply() },
            { status: 400 },
          );
        try {
          const d = await domainsService.addDomain(deps, ctx.scope, ctx.actor, submission.value);
          return data<Result>({
            ok: true,
            intent,
            message: `${d.hostname} added. Create the DNS records below, then check.`,
            result: submission.reply({ resetForm: true }),
          });
        } catch (err) {
          const result = replyWithAppError(submission, err);
          return data<Result>({ ok: false, intent, message: '', result }, { status: 400 });
        }
      }
      case 'verify': {
        const d = await domainsService.verifyDomain(deps, ctx.scope, ctx.actor, domainId, deps.resolver);
        return data<Result>({
          ok: d.status === 'verified',
          intent,
          message:
            d.status === 'verified'
              ? `${d.hostname} is verified and serves your published site.`
              : `${d.hostname} is not verified yet: ${d.lastError ?? 'record not found'}. DNS changes can take a few minutes.`,
        });
      }
      case 'remove':
        await domainsService.removeDomain(deps, ctx.scope, ctx.actor, domainId);
        return data<Result>({ ok: true, intent, message: 'Domain removed.' });
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

const tone = { verified: 'green', pending: 'amber', failed: 'red' } as const;

/** Cloudflare's certificate states: active serves HTTPS, pending_* are on their way, the rest need attention. */
function certificateTone(status: string | null) {
  if (status === 'active') return 'green' as const;
  if (!status || status === 'initializing' || status.startsWith('pending_')) return 'amber' as const;
  return 'red' as const;
}

function CertificateStatus({ certificate }: { certificate: domainsService.DomainView['certificate'] }) {
  if (!certificate) return null;
  return (
    <div className="space-y-2 text-sm" data-testid="certificate">
      <p className="flex flex-wrap items-center gap-2 text-slate-700">
        HTTPS certificate:
        <Badge tone={certificateTone(certificate.status)}>
          {(certificate.status ?? 'requested').replaceAll('_', ' ')}
        </Badge>
        {certificate.status === 'active' ? null : (
          <span className="text-slate-600">issued once the CNAME record points at us.</span>
        )}
      </p>
      {certificate.records.length > 0 ? (
        <details className="text-slate-700">
          <summary className="cursor-pointer">Validate before switching the CNAME (optional)</summary>
          <ul className="mt-2 space-y-1 font-mono text-xs">
            {certificate.records.map((rec) => (
              <li key={rec.name} className="break-all">
                {rec.type} {rec.name} {rec.value}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

export default function Domains() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | { ok: false; message: string } | undefined;
  const [form, fields] = useMewayzForm(addDomainInput, {
    id: 'add-domain',
    lastResult: r && 'intent' in r && r.intent === 'add' ? r.result : undefined,
  });
  const siteName = (id: string) => d.sites.find((s) => s.id === id)?.name ?? 'a deleted site';
  return (
    <>
      <PageHeader
        title="Custom domains"
        description="Serve a site on your own domain, such as links.example.com."
      />
      {r?.message ? (
        <div className="mb-6">
          <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
        </div>
      ) : null}
      <div className="space-y-6">
        {d.canManage ? (
          <Card title="Add a domain">
            {d.sites.length === 0 ? (
              <p className="text-sm text-slate-600">Create a site first; a domain points at one site.</p>
            ) : (
              <MewayzForm
                form={form}
                intent="add"
                className="grid gap-4 sm:grid-cols-[1fr_14rem_auto] sm:items-start"
              >
                <FormField
                  meta={fields.hostname}
                  label="Hostname"
                  placeholder="links.example.com"
                  autoCapitalize="none"
                  spellCheck={false}
                />
                <FormSelect
                  meta={fields.siteId}
                  label="Site"
                  options={d.sites.map((s) => ({ value: s.id, label: s.name }))}
                />
                <Button type="submit" intent="add" className="sm:mt-7">
                  Add domain
                </Button>
              </MewayzForm>
            )}
          </Card>
        ) : null}
        {d.total === 0 ? (
          <EmptyState title="No custom domains">
            Your sites are always reachable on their Mewayz address.
          </EmptyState>
        ) : (
          d.domains.map((dom) => (
            <Card
              key={dom.id}
              title={dom.hostname}
              description={`Points at ${siteName(dom.siteId)}${dom.lastCheckedAt ? ` · last checked ${dom.lastCheckedAt.replace('T', ' ').slice(0, 16)} UTC` : ''}`}
              actions={<Badge tone={tone[dom.status]}>{dom.status}</Badge>}
            >
              <div className="space-y-4">
                {dom.status !== 'verified' && dom.lastError ? (
                  <p className="text-sm text-red-700">{dom.lastError}</p>
                ) : null}
                <CertificateStatus certificate={dom.certificate} />
                <div className="relative overflow-x-auto">
                  <table className="w-full min-w-[32rem] text-left text-sm">
                    <caption className="mb-2 text-left text-sm text-slate-700">
                      Create these records at your DNS provider:
                    </caption>
                    <thead className="text-xs text-slate-600 uppercase">
                      <tr>
                        <th scope="col" className="py-1 pr-4">
                          Type
                        </th>
                        <th scope="col" className="py-1 pr-4">
                          Name
                        </th>
                        <th scope="col" className="py-1 pr-4">
                          Value
                        </th>
                        <th scope="col" className="py-1">
                          <span className="sr-only">Copy</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100 font-mono">
                      {dom.dnsRecords.map((rec) => (
                        <tr key={rec.type}>
                          <td className="py-2 pr-4">{rec.type}</td>
                          <td className="py-2 pr-4 break-all">{rec.name}</td>
                          <td className="py-2 pr-4 break-all" data-testid={`dns-${rec.type}`}>
                            {rec.value}
                          </td>
                          <td className="py-2 text-right">
                            <CopyButton text={rec.value} label={`Copy ${rec.type} value`} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {d.canManage ? (
                  <div className="flex flex-wrap gap-2">
                    <ActionForm intent="verify">
                      <input type="hidden" name="domainId" value={dom.id} />
                      <Button type="submit" variant="secondary" intent="verify">
                        Check verification
                      </Button>
                    </ActionForm>
                    <ActionForm intent="remove">
                      <input type="hidden" name="domainId" value={dom.id} />
                      <Button type="submit" variant="danger" intent="remove">
                        Remove
                      </Button>
                    </ActionForm>
                  </div>
                ) : null}
              </div>
            </Card>
          ))
        )}
        <Pagination {...d.paging} total={d.total} />
      </div>
    </>
  );
}
