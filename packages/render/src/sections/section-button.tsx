import { isSitePath } from '@mewayz/contracts';
import { linkOrNull } from '../safe-values.ts';

/** A section's call-to-action link, when its URL is one visitors may be sent to. */
export function SectionButton(props: { button?: { label: string; url: string }; secondary?: boolean }) {
  if (!props.button) return null;
  const cls = props.secondary ? 'sb sb2' : 'sb';
  // A path of the site itself is the creator's own navigation: no `nofollow ugc`, same tab.
  if (isSitePath(props.button.url))
    return (
      <a class={cls} href={props.button.url}>
        {props.button.label}
      </a>
    );
  const href = linkOrNull(props.button.url);
  if (!href) return null;
  return (
    <a class={cls} href={href} rel="nofollow ugc noopener">
      {props.button.label}
    </a>
  );
}
