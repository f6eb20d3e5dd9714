import { campaignsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { BackLink } from '../components/campaigns/campaign-status.tsx';
import { TemplateEditor, type TemplateValues } from '../components/campaigns/template-editor.tsx';
import { PageHeader } from '../components/ui.tsx';
import { previewInput, starterMjml, templateFromForm } from '../lib/campaign-forms.ts';
import { customMergeFields, refusedKeeping, savedPreview } from '../lib/campaigns.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'New template · Mewayz' }];

const starter: TemplateValues = { name: '', subject: '', previewText: '', mjml: starterMjml };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.manage');
  const deps = depsOf(context);
  const [preview, customFields] = await Promise.all([
    savedPreview(deps, ctx.scope, starter.mjml, starter.subject),
    customMergeFields(deps, ctx.scope),
  ]);
  return { preview, customFields };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  const values = templateFromForm(form);
  try {
    if (intent === 'preview') {
      const preview = await campaignsService.previewTemplate(deps, ctx.scope, previewInput(values));
      return { ok: true as const, intent, preview, values, fieldErrors: {}, message: '' };
    }
    if (intent === 'save') {
      const template = await campaignsService.createTemplate(deps, ctx.scope, ctx.actor, values);
      return redirect(`/campaigns/templates/${template.id}?saved=1`);
    }
    throw new Response('Unknown action.', { status: 400 });
  } catch (err) {
    if (err instanceof Response) throw err;
    return refusedKeeping(err, intent, values);
  }
}

export default function NewTemplate() {
  const { preview, customFields } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/campaigns/templates">Templates</BackLink>
      <PageHeader title="New template" description="Write it in MJML; the preview follows as you type." />
      <TemplateEditor
        values={r?.values ?? starter}
        preview={(r && 'preview' in r ? r.preview : null) ?? preview}
        errors={r?.fieldErrors ?? {}}
        message={r && !r.ok ? r.message : undefined}
        customFields={customFields}
        canManage
      />
    </>
  );
}
