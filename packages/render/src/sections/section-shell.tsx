import type { Child } from 'hono/jsx';
import { sectionAnchor, sectionClass } from './section-context.ts';

/** The frame every section shares: its anchor, kind and variant classes, and an optional heading. */
export function SectionShell(props: {
  id: string;
  kind: string;
  variant: string;
  heading?: string;
  /** The page's main heading (the hero) rather than a section heading. */
  main?: boolean;
  children: Child;
}) {
  const anchor = sectionAnchor(props.id);
  const Heading = props.main ? 'h1' : 'h2';
  return (
    <section
      class={sectionClass(props.kind, props.variant)}
      id={anchor}
      aria-labelledby={props.heading ? `${anchor}-h` : undefined}
    >
      {props.heading ? <Heading id={`${anchor}-h`}>{props.heading}</Heading> : null}
      {props.children}
    </section>
  );
}
