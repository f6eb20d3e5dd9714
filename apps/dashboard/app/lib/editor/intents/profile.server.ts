import { parseWithZod } from '@conform-to/zod/v4';
import { siteFields } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { chosenFile, uploadImage } from '../../media.server.ts';
import { fieldFailure, pickForm } from '../conform.server.ts';
import type { Intent } from '../intent.ts';

const profileSchema = siteFields.pick({ name: true, bio: true }).partial().strict();

/** Name, bio and avatar (uploaded to R2, or removed). */
export const profileIntent: Intent = async ({ form, ctx, deps, siteId }) => {
  const submission = parseWithZod(
    pickForm(form, (k) => k === 'name' || k === 'bio'),
    { schema: profileSchema },
  );
  if (submission.status !== 'success')
    return { ok: false, message: 'Check the highlighted fields.', submission: submission.reply() };
  const patch: { name?: string; bio: string | null; avatarUrl?: string | null } = {
    ...submission.value,
    // An emptied bio is removed, not left as it was.
    bio: submission.value.bio ?? null,
  };
  const file = chosenFile(form.get('avatar'));
  if (file) {
    const site = await sitesService.getSite(deps, ctx.scope, siteId);
    const up = await uploadImage(deps, ctx.org.id, site, file, 'avatars');
    if (!up.ok) return fieldFailure('The avatar could not be used.', { avatar: up.error });
    patch.avatarUrl = up.url;
  } else if (form.get('removeAvatar') === 'on') {
    patch.avatarUrl = null;
  }
  await sitesService.updateSite(deps, ctx.scope, ctx.actor, siteId, patch);
  return { ok: true, message: 'Profile saved to the draft.' };
};
