import { parseWithZod } from '@conform-to/zod/v4';
import { createBlockInput } from '@mewayz/contracts';
import { NotFound, sitesService } from '@mewayz/core';
import { chosenFile, uploadImage } from '../../media.server.ts';
import { fromZonedInput, zoneOfForm } from '../../time-zone.ts';
import { optionsOfKind } from '../block-kinds.ts';
import { blockLabels } from '../block-labels.ts';
import { appErrorOutcome, fieldFailure, pickForm } from '../conform.server.ts';
import type { Intent, IntentArgs, IntentOutcome } from '../intent.ts';

type BlockInput = ReturnType<typeof createBlockInput.parse>;

/**
 * The block form as the shared `createBlockInput` schema reads it: schedule times from the zone the
 * form showed them in, social rows left empty skipped, an uploaded image stored in R2 (its URL and
 * size filled in), and only the options that mean something for the kind.
 */
async function parseBlockForm({
  form,
  ctx,
  deps,
  siteId,
}: IntentArgs): Promise<{ ok: true; block: BlockInput } | IntentOutcome> {
  const type = String(form.get('type') ?? '');
  const kind = optionsOfKind(type);
  const zone = zoneOfForm(form);
  const rewrite: Record<string, string | null> = {
    startsAt: kind.schedule ? ((fromZonedInput(form.get('startsAt'), zone) as string | null) ?? null) : null,
    endsAt: kind.schedule ? ((fromZonedInput(form.get('endsAt'), zone) as string | null) ?? null) : null,
  };
  // Social rows: the form offers a few empty ones; only filled rows count, renumbered.
  const rows: { network: string; url: string }[] = [];
  for (let i = 0; form.has(`data.links[${i}].network`) || form.has(`data.links[${i}].url`); i++) {
    const network = String(form.get(`data.links[${i}].network`) ?? '').trim();
    const url = String(form.get(`data.links[${i}].url`) ?? '').trim();
    if (network || url) rows.push({ network, url });
  }
  rows.forEach((r, i) => {
    rewrite[`data.links[${i}].network`] = r.network;
    rewrite[`data.links[${i}].url`] = r.url;
  });
  const file = type === 'image' ? chosenFile(form.get('imageFile')) : null;
  if (file) {
    const site = await sitesService.getSite(deps, ctx.scope, siteId);
    const up = await uploadImage(deps, ctx.org.id, site, file, 'images');
    if (!up.ok) return fieldFailure('The image could not be used.', { imageFile: up.error });
    rewrite['data.url'] = up.url;
    if (!String(form.get('data.width') ?? '').trim() && up.width) rewrite['data.width'] = String(up.width);
    if (!String(form.get('data.height') ?? '').trim() && up.height)
      rewrite['data.height'] = String(up.height);
  }
  const submission = parseWithZod(
    pickForm(form, (k) => k === 'type' || (k.startsWith('data.') && !k.startsWith('data.links[')), rewrite),
    { schema: createBlockInput },
  );
  if (submission.status !== 'success')
    return { ok: false, message: 'Check the highlighted fields.', submission: submission.reply() };
  // Unticked boxes are absent from the form; the schema's defaults (visible) must not win over them.
  const block = {
    ...submission.value,
    active: form.get('active') === 'on',
    featured: kind.featured && form.get('featured') === 'on',
  } as BlockInput;
  return { ok: true, block };
}

export const addBlockIntent: Intent = async (args) => {
  const parsed = await parseBlockForm(args);
  if (!('block' in parsed)) return parsed;
  const { deps, ctx, siteId } = args;
  await sitesService.createBlock(deps, ctx.scope, ctx.actor, siteId, parsed.block);
  return { ok: true, message: `${blockLabels[parsed.block.type] ?? 'Block'} added.` };
};

export const updateBlockIntent: Intent = async (args) => {
  const parsed = await parseBlockForm(args);
  if (!('block' in parsed)) return parsed;
  const { deps, ctx, siteId, blockId } = args;
  const { data, active, featured, startsAt, endsAt } = parsed.block;
  try {
    await sitesService.updateBlock(deps, ctx.scope, ctx.actor, siteId, blockId ?? '', {
      data: data as Record<string, unknown>,
      active,
      featured,
      startsAt,
      endsAt,
    });
  } catch (err) {
    return appErrorOutcome(err);
  }
  return { ok: true, message: 'Block saved.' };
};

export const deleteBlockIntent: Intent = async ({ deps, ctx, siteId, blockId }) => {
  await sitesService.deleteBlock(deps, ctx.scope, ctx.actor, siteId, blockId ?? '');
  return { ok: true, message: 'Block deleted.' };
};

/** The whole new order (drag and drop, keyboard), or one step up/down (the move buttons without JS). */
export const reorderIntent: Intent = async ({ form, deps, ctx, siteId, blockId }) => {
  let ids = String(form.get('blockIds') ?? '')
    .split(',')
    .filter(Boolean);
  if (form.get('_intent') === 'move') {
    ids = (await sitesService.listBlocks(ctx.scope, siteId)).map((b) => b.id);
    const i = ids.indexOf(blockId ?? '');
    // A block of another site (or none) is not found, as in every other block intent.
    if (i < 0) throw new NotFound('Block');
    const j = i + (form.get('dir') === 'up' ? -1 : 1);
    if (i >= 0 && j >= 0 && j < ids.length) [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  await sitesService.reorderBlocks(deps, ctx.scope, ctx.actor, siteId, { blockIds: ids });
  return { ok: true, message: 'Order saved.' };
};
