import type { SiteSnapshot } from '@mewayz/contracts';
import { BlockView } from '../blocks/block-view.tsx';
import { EmbedBlock } from '../blocks/embed-block.tsx';
import { embedProviderNames, embedTarget } from '../embeds.ts';
import { ProfileHeader } from '../profile-header.tsx';
import { linkOrNull } from '../safe-values.ts';
import { isVisibleAt } from '../schedule.ts';
import { type SectionProps, sectionAnchor } from './section-context.ts';
import { SectionShell } from './section-shell.tsx';

/**
 * A contact form without JS: a plain POST to `/contact` with the section id, the visitor's name, email
 * and message, and the honeypot (`website`) that people never see. After sending, the page comes
 * back with `?sent=<id>` and shows the creator's thank-you instead of the form.
 */
export function ContactFormSection({ section, ctx }: SectionProps<'contact_form'>) {
  const anchor = sectionAnchor(section.id);
  const { heading, text, buttonLabel, successMessage } = section.data;
  return (
    <SectionShell id={section.id} kind="contact_form" variant={section.variant} heading={heading}>
      {text ? <p class="lead">{text}</p> : null}
      {ctx.sentId === section.id ? (
        <p role="status" class="cd">
          {successMessage || 'Thanks! Your message was sent.'}
        </p>
      ) : (
        <form method="post" action="/contact" class="cf">
          <input type="hidden" name="section" value={section.id} />
          <label for={`${anchor}-n`}>Name</label>
          <input id={`${anchor}-n`} name="name" required maxlength={120} autocomplete="name" />
          <label for={`${anchor}-e`}>Email</label>
          <input id={`${anchor}-e`} type="email" name="email" required maxlength={254} autocomplete="email" />
          <label for={`${anchor}-m`}>Message</label>
          <textarea id={`${anchor}-m`} name="message" required maxlength={4000} rows={5} />
          <div class="hp" aria-hidden="true">
            <label>
              Leave this field empty
              <input type="text" name="website" tabindex={-1} autocomplete="off" />
            </label>
          </div>
          <button type="submit">{buttonLabel || 'Send'}</button>
        </form>
      )}
    </SectionShell>
  );
}

/**
 * A player that loads nothing from its provider until the visitor asks (`?play=<id>`), like the embed
 * block; a URL the provider cannot embed becomes a plain link to it.
 */
export function EmbedSection({ section, ctx }: SectionProps<'embed'>) {
  const { provider, url, title } = section.data;
  const card = () => {
    if (embedTarget(provider, url)) {
      const block = { id: section.id, type: 'embed', data: section.data } as const;
      return (
        <EmbedBlock
          block={{ ...block, featured: false, sensitive: false, startsAt: null, endsAt: null }}
          ctx={{ ...ctx.blocks, playEmbedId: ctx.playId }}
        />
      );
    }
    const href = linkOrNull(url);
    return href ? (
      <a class="card" href={href} rel="nofollow ugc noopener">
        <b>{title || `${embedProviderNames[provider] ?? 'Media'} player`}</b>
      </a>
    ) : null;
  };
  return (
    <SectionShell id={section.id} kind="embed" variant={section.variant}>
      {card()}
    </SectionShell>
  );
}

/** The site's bio page (profile and visible blocks) as a section: blocks keep their counted links. */
export function BioSection({
  section,
  ctx,
  snapshot,
  now,
}: SectionProps<'bio'> & { snapshot: SiteSnapshot; now: Date }) {
  return (
    <SectionShell id={section.id} kind="bio" variant={section.variant}>
      <ProfileHeader profile={snapshot.profile} origin={ctx.origin} />
      <div class="bs">
        {snapshot.blocks
          .filter((block) => isVisibleAt(block, now))
          .map((block) => (
            <BlockView block={block} ctx={{ ...ctx.blocks, playEmbedId: ctx.playId }} />
          ))}
      </div>
    </SectionShell>
  );
}
