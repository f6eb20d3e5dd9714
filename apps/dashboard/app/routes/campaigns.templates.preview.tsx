import { campaignsService } from '@mewayz/core';
import type { ActionFunctionArgs } from '@remix-run/cloudflare';
import { previewInput, templateFromForm } from '../lib/campaign-forms.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requirePermission, workspaceAction } from '../lib/tenant.server.ts';

/**
 * The template editor's live preview: the editor's form as it stands, rendered by core with a sample
 * contact and saved nowhere. A route of its own so the page can post its form element unchanged.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context);
  requirePermission(ctx, 'crm.view');
  try {
    const preview = await campaignsService.previewTemplate(
      deps,
      ctx.scope,
      previewInput(templateFromForm(form)),
    );
    return { ok: true as const, preview, message: '' };
  } catch (err) {
    return appErrorToResult(err);
  }
}
