import { crmService } from '@mewayz/core';
import type { ActionFunctionArgs } from '@remix-run/cloudflare';
import { appErrorToResult } from '../lib/forms.server.ts';
import { filterFromForm } from '../lib/segment-form.ts';
import { requirePermission, workspaceAction } from '../lib/tenant.server.ts';

/**
 * The segment builder's live count: the builder's form as it stands, counted now and saved nowhere.
 * A route of its own so the page can post the form element unchanged (its own intent is `create`).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context);
  requirePermission(ctx, 'crm.view');
  try {
    const { count } = await crmService.countFilter(deps, ctx.scope, filterFromForm(form));
    return { ok: true as const, count, message: '' };
  } catch (err) {
    return appErrorToResult(err);
  }
}
