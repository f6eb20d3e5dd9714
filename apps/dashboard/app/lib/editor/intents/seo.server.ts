import { parseWithZod } from '@conform-to/zod/v4';
import { seoSchema, siteSettingsSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { z } from 'zod';
import { pickForm } from '../conform.server.ts';
import type { Intent } from '../intent.ts';

const seoForm = z.object({ seo: seoSchema, settings: siteSettingsSchema });
const checkboxes = ['seo.noindex', 'settings.sensitive', 'settings.passQuery'] as const;

/** Title, description, social image, favicon, noindex, and the site's age gate and UTM pass-through. */
export const seoIntent: Intent = async ({ form, ctx, deps, siteId }) => {
  const submission = parseWithZod(
    pickForm(
      form,
      (k) => (k.startsWith('seo.') || k.startsWith('settings.')) && !checkboxes.includes(k as never),
    ),
    { schema: seoForm },
  );
  if (submission.status !== 'success')
    return { ok: false, message: 'Check the highlighted fields.', submission: submission.reply() };
  // An unticked box is absent from the form: read each as on/off here, or the schema's default
  // (passQuery: true) would turn it back on.
  const on = (k: (typeof checkboxes)[number]) => form.get(k) === 'on';
  await sitesService.updateSite(deps, ctx.scope, ctx.actor, siteId, {
    seo: { ...submission.value.seo, noindex: on('seo.noindex') },
    settings: { sensitive: on('settings.sensitive'), passQuery: on('settings.passQuery') },
  });
  return { ok: true, message: 'SEO settings saved to the draft.' };
};
