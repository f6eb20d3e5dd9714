import { linksService } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { qrSvg } from '../lib/qr.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

/** The QR code of a short link as SVG; `?download=1` saves it as a file. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'links.view');
  try {
    const link = await linksService.getShortLink(depsOf(context), ctx.scope, params.linkId!);
    const headers: Record<string, string> = {
      'content-type': 'image/svg+xml',
      'cache-control': 'private, max-age=300',
    };
    if (new URL(request.url).searchParams.has('download'))
      headers['content-disposition'] = `attachment; filename="qr-${link.code}.svg"`;
    return new Response(qrSvg(link.shortUrl), { headers });
  } catch (err) {
    appErrorToResult(err);
    throw err;
  }
}
