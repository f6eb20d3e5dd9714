import { campaignsService } from '@mewayz/core';
import type { ActionFunctionArgs } from '@remix-run/cloudflare';
import { audienceFromForm } from '../lib/campaign-forms.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requirePermission, workspaceAction } from '../lib/tenant.server.ts';

/**
 * The wizard's live recipient count: its form as it stands, counted now (subscribed and not
 * suppressed, as sending will) and saved nowhere.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context);
  requirePermission(ctx, 'crm.view');
  try {
    const { count } = await campaignsService.countCampaignAudience(deps, ctx.scope, audienceFromForm(form));
    return { ok: true as const, count, message: '' };
  } catch (err) {
    return appErrorToResult(err);
  }
}
