import type { SubmissionResult } from '@conform-to/react';
import { addSendingDomainInput } from '@mewayz/contracts';
import { sendingDomainsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { CopyButton } from '../components/copy-button.tsx';
import { FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
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
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { appErrorToResult, replyWithAppError } from '../lib/forms.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Sending domains · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'domains.view');
  const paging = pageOf(request);
  const list = await sendingDomainsService.listSendingDomains(depsOf(context), ctx.scope, paging);
  return { domains: list.items, total: list.total, paging, canManage: ctx.can('domains.manage') };
}

type Result = { ok: boolean; intent: string; message: string; result?: SubmissionResult<string[]> };

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'domains.manage');
  const id = String(form.get('sendingDomainId') ?? '');
  try {
    switch (intent) {
      case 'add': {
        const submission = parseSubmission(form, addSendingDomainInput);
        if (submission.status !== 'success')
          return data<Result>(
            { ok: false, intent, message: '', result: submission.reply() },
            { status: 400 },
          );
        try {
          const d = await sendingDomainsService.addSendingDomain(
            deps,
            ctx.scope,
            ctx.actor,
            submission.value,
          );
          return data<Result>({
            ok: true,
            intent,
            message: `${d.domain} added. Publish the records below at your DNS provider, then verify.`,
            result: submission.reply({ resetForm: true }),
          });
        } catch (err) {
          const result = replyWithAppError(submission, err);
          return data<Result>({ ok: false, intent, message: '', result }, { status: 400 });
        }
      }
      case 'verify': {
        const d = await sendingDomainsService.verifySendingDomain(
          deps,
          ctx.scope,
          ctx.actor,
          id,
          deps.resolver,
        );
        const failed = d.records.filter((r) => r.status === 'failed').length;
        return data<Result>({
          ok: d.status === 'verified',
          intent,
          message:
            d.status === 'verified'
              ? `${d.domain} is verified. Choose an address on it under Email settings.`
              : `${d.domain} is not verified yet: ${failed} of ${d.records.length} records need attention. DNS changes can take a few minutes.`,
        });
      }
      case 'remove':
        await sendingDomainsService.removeSendingDomain(deps, ctx.scope, ctx.actor, id);
        return data<Result>({ ok: true, intent, message: 'Sending domain removed.' });
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

const tone = { verified: 'green', pending: 'amber', failed: 'red' } as const;
const kindLabel = { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC', return_path: 'Return path' } as const;

type DomainView = sendingDomainsService.SendingDomainView;

function RecordStatus({ record }: { record: DomainView['records'][number] }) {
  if (record.status === 'unchecked') return <span className="text-slate-500">Not checked yet</span>;
  if (record.status === 'ok')
    return (
      <span className="font-semibold text-emerald-700">
        <span aria-hidden="true">✓</span> Found
      </span>
    );
  return (
    <span className="font-semibold text-red-700">
      <span aria-hidden="true">✗</span> {record.problem ?? 'Not found'}
    </span>
  );
}

/** A cell's column heading, shown above it on phones, where the table's header row is hidden. */
function PhoneLabel({ children }: { children: string }) {
  return (
    <span className="mb-0.5 block text-xs font-medium text-slate-600 uppercase sm:hidden" data-phone-label>
      {children}
    </span>
  );
}

/** The records as a table on wide screens and as stacked cards on phones (a DKIM key is 400 characters). */
function RecordsTable({ domain }: { domain: DomainView }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left text-sm text-slate-700">
        Publish these records at your DNS provider:
      </caption>
      <thead className="hidden text-xs text-slate-600 uppercase sm:table-header-group">
        <tr>
          <th scope="col" className="py-1 pr-3">
            Record
          </th>
          <th scope="col" className="py-1 pr-3">
            Name
          </th>
          <th scope="col" className="py-1 pr-3">
            Value
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {domain.records.map((rec) => (
          <tr
            key={rec.kind}
            data-testid={`record-${rec.kind}`}
            data-status={rec.status}
            className="block py-3 sm:table-row sm:py-0"
          >
            <td className="block pr-3 align-top sm:table-cell sm:py-2">
              <span className="font-semibold text-slate-900">{kindLabel[rec.kind]}</span>{' '}
              <span className="font-mono text-xs text-slate-600">{rec.type}</span>
              <span className="sr-only">: {rec.status}</span>
            </td>
            <td className="block pt-2 pr-3 align-top sm:table-cell sm:w-1/3 sm:py-2">
              <PhoneLabel>Name</PhoneLabel>
              <div className="flex items-start gap-2">
                <span className="min-w-0 flex-1 font-mono text-xs break-all" data-testid={`name-${rec.kind}`}>
                  {rec.name}
                </span>
                <CopyButton text={rec.name} label={`Copy ${kindLabel[rec.kind]} name`} />
              </div>
            </td>
            <td className="block pt-2 align-top sm:table-cell sm:py-2">
              <PhoneLabel>Value</PhoneLabel>
              <div className="flex items-start gap-2">
                <span
                  className="min-w-0 flex-1 font-mono text-xs break-all"
                  data-testid={`value-${rec.kind}`}
                >
                  {rec.value}
                </span>
                <CopyButton text={rec.value} label={`Copy ${kindLabel[rec.kind]} value`} />
              </div>
              <p className="mt-1 text-xs" data-testid={`check-${rec.kind}`}>
                <RecordStatus record={rec} />
              </p>
              {rec.found && rec.status === 'failed' ? (
                <p className="mt-1 font-mono text-xs break-all text-slate-600">Found: {rec.found}</p>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function SendingDomains() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | { ok: false; message: string } | undefined;
  const [form, fields] = useMewayzForm(addSendingDomainInput, {
    id: 'add-sending-domain',
    lastResult: r && 'intent' in r && r.intent === 'add' ? r.result : undefined,
  });
  return (
    <>
      <PageHeader
        title="Sending domains"
        description="Send your campaigns from an address on your own domain, such as news@mail.example.com."
        actions={
          <Link to="/settings/email" className="text-sm font-semibold text-indigo-700 hover:underline">
            Email settings
          </Link>
        }
      />
      {r?.message ? (
        <div className="mb-6">
          <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
        </div>
      ) : null}
      <div className="space-y-6">
        {d.canManage ? (
          <Card title="Add a domain">
            <MewayzForm
              form={form}
              intent="add"
              className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-start"
            >
              <FormField
                meta={fields.domain}
                label="Domain"
                placeholder="mail.example.com"
                autoCapitalize="none"
                spellCheck={false}
                hint="A subdomain keeps these records apart from your other mail."
              />
              <Button type="submit" intent="add" className="sm:mt-7">
                Add domain
              </Button>
            </MewayzForm>
          </Card>
        ) : null}
        {d.total === 0 ? (
          <EmptyState title="No sending domains">
            Until you verify one, your email comes from Mewayz’s address, with your name and reply-to address.
          </EmptyState>
        ) : (
          d.domains.map((dom) => (
            <Card
              key={dom.id}
              title={dom.domain}
              description={
                dom.lastCheckedAt
                  ? `Last checked ${dom.lastCheckedAt.replace('T', ' ').slice(0, 16)} UTC`
                  : 'Not checked yet'
              }
              actions={<Badge tone={tone[dom.status]}>{dom.status}</Badge>}
            >
              <div className="space-y-4" data-testid="sending-domain" data-domain={dom.domain}>
                <RecordsTable domain={dom} />
                {d.canManage ? (
                  <div className="flex flex-wrap gap-2">
                    <ActionForm intent="verify">
                      <input type="hidden" name="sendingDomainId" value={dom.id} />
                      <Button type="submit" variant="secondary" intent="verify">
                        Verify
                      </Button>
                    </ActionForm>
                    <ActionForm intent="remove">
                      <input type="hidden" name="sendingDomainId" value={dom.id} />
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
