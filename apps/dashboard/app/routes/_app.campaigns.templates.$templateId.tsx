import { campaignsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { BackLink } from '../components/campaigns/campaign-status.tsx';
import { TemplateEditor } from '../components/campaigns/template-editor.tsx';
import { ActionForm, Alert, Button, Card, PageHeader } from '../components/ui.tsx';
import { previewInput, templateFromForm } from '../lib/campaign-forms.ts';
import { customMergeFields, refusedKeeping, savedPreview } from '../lib/campaigns.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { withAppErrors } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.template.name ?? 'Template'} · Mewayz` },
];

export const loader = withAppErrors(async ({ request, context, params }: LoaderFunctionArgs) => {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const deps = depsOf(context);
  const template = await campaignsService.getTemplate(deps, ctx.scope, params.templateId ?? '');
  const [preview, customFields] = await Promise.all([
    savedPreview(deps, ctx.scope, template.mjml, template.subject),
    customMergeFields(deps, ctx.scope),
  ]);
  return {
    template: {
      id: template.id,
      name: template.name,
      subject: template.subject,
      previewText: template.previewText,
      mjml: template.mjml,
    },
    preview,
    customFields,
    email: ctx.user.email,
    canManage: ctx.can('crm.manage'),
  };
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context);
  const templateId = params.templateId ?? '';
  const values = templateFromForm(form);
  try {
    // Rendering what is typed changes nothing: a viewer may preview, as the live preview lets them.
    if (intent === 'preview') {
      requirePermission(ctx, 'crm.view');
      await campaignsService.getTemplate(deps, ctx.scope, templateId);
      const preview = await campaignsService.previewTemplate(deps, ctx.scope, previewInput(values));
      return { ok: true as const, intent, preview, values, fieldErrors: {}, message: '' };
    }
    requirePermission(ctx, 'crm.manage');
    if (intent === 'save') {
      await campaignsService.updateTemplate(deps, ctx.scope, ctx.actor, templateId, values);
      return { ok: true as const, intent, values, fieldErrors: {}, message: 'Template saved.' };
    }
    if (intent === 'sendTest') {
      await campaignsService.testSendTemplate(deps, ctx.scope, ctx.actor, templateId, { to: ctx.user.email });
      return { ok: true as const, intent, fieldErrors: {}, message: `Test sent to ${ctx.user.email}.` };
    }
    if (intent === 'delete') {
      await campaignsService.deleteTemplate(deps, ctx.scope, ctx.actor, templateId);
      return redirect('/campaigns/templates');
    }
    throw new Response('Unknown action.', { status: 400 });
  } catch (err) {
    if (err instanceof Response) throw err;
    return refusedKeeping(err, intent, intent === 'save' || intent === 'preview' ? values : undefined);
  }
}

export default function EditTemplate() {
  const { template, preview, customFields, email, canManage } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const [search] = useSearchParams();
  const editing = r?.intent === 'save' || r?.intent === 'preview';
  const notice = r?.ok ? r.message : !r && search.get('saved') ? 'Template saved.' : '';
  return (
    <>
      <BackLink to="/campaigns/templates">Templates</BackLink>
      <PageHeader title={template.name} description="Edit the email; the preview follows as you type." />
      {notice ? (
        <div className="mb-4">
          <Alert tone="success">{notice}</Alert>
        </div>
      ) : null}
      <TemplateEditor
        values={(editing && r && 'values' in r ? r.values : undefined) ?? template}
        preview={(r && 'preview' in r ? r.preview : null) ?? preview}
        errors={editing ? (r?.fieldErrors ?? {}) : {}}
        message={editing && r && !r.ok ? r.message : undefined}
        customFields={customFields}
        canManage={canManage}
      />
      {canManage ? (
        <div className="mt-6 grid gap-6 lg:grid-cols-2">
          <Card title="Send a test" description="The saved template, with the sample contact’s values.">
            {r?.intent === 'sendTest' && !r.ok ? (
              <div className="mb-3">
                <Alert>{r.message}</Alert>
              </div>
            ) : null}
            <ActionForm intent="sendTest" aria-label="Send a test">
              <Button type="submit" variant="secondary" intent="sendTest">
                Send a test to {email}
              </Button>
            </ActionForm>
          </Card>
          <Card title="Delete" description="Campaigns already sent keep their copy of it.">
            {r?.intent === 'delete' && !r.ok ? (
              <div className="mb-3">
                <Alert>{r.message}</Alert>
              </div>
            ) : null}
            <ActionForm intent="delete" aria-label="Delete template">
              <Button type="submit" variant="danger" intent="delete">
                Delete template
              </Button>
            </ActionForm>
          </Card>
        </div>
      ) : null}
    </>
  );
}
