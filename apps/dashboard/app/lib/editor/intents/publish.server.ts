import { sitesService } from '@mewayz/core';
import type { Intent } from '../intent.ts';

export const publishIntent: Intent = async ({ deps, ctx, siteId }) => {
  const site = await sitesService.publishSite(deps, ctx.scope, ctx.actor, siteId);
  return { ok: true, message: `Published version ${site.publishedVersion}. It is live now.` };
};
