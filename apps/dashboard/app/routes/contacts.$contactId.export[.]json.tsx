import { crmService } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

/** One contact's data as JSON (the privacy export): details, tags, field values and whole timeline. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  let data: Awaited<ReturnType<typeof crmService.exportContact>>;
  try {
    data = await crmService.exportContact(depsOf(context), ctx.scope, ctx.actor, params.contactId ?? '');
  } catch (err) {
    if ((err as { status?: number }).status === 404)
      throw new Response('Contact not found.', { status: 404 });
    throw err;
  }
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="contact-${data.contact.id}.json"`,
      'cache-control': 'private, no-store',
    },
  });
}
