import { linkOrNull } from '../safe-values.ts';

/** A section's call-to-action link, when its URL is one visitors may be sent to. */
export function SectionButton(props: { button?: { label: string; url: string }; secondary?: boolean }) {
  const href = props.button ? linkOrNull(props.button.url) : null;
  if (!props.button || !href) return null;
  return (
    <a class={props.secondary ? 'sb sb2' : 'sb'} href={href} rel="nofollow ugc noopener">
      {props.button.label}
    </a>
  );
}
