import { parseWithZod } from '@conform-to/zod/v4';
import { themeSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { pickForm } from '../conform.server.ts';
import type { Intent } from '../intent.ts';

const themeFields = new Set(['preset', 'buttonShape', 'font', 'colorScheme']);

/** Preset, buttons, font, colour scheme; the colour pickers count only while "custom colours" is on. */
export const themeIntent: Intent = async ({ form, ctx, deps, siteId }) => {
  const custom = form.get('customColors') === 'on';
  const submission = parseWithZod(
    pickForm(form, (k) => themeFields.has(k) || (custom && k.startsWith('colors.'))),
    { schema: themeSchema },
  );
  if (submission.status !== 'success')
    return { ok: false, message: 'Check the highlighted fields.', submission: submission.reply() };
  await sitesService.updateSite(deps, ctx.scope, ctx.actor, siteId, { theme: submission.value });
  return { ok: true, message: 'Theme saved to the draft.' };
};
