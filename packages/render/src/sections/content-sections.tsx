import { raw } from 'hono/html';
import { renderMarkdown } from '../markdown.ts';
import { fluidSrcset } from '../responsive-image.ts';
import { imageUrlOrNull } from '../safe-values.ts';
import { SectionButton } from './section-button.tsx';
import type { SectionProps } from './section-context.ts';
import { SectionShell } from './section-shell.tsx';

/** Creator Markdown in the safe subset (markdown-it escapes everything else). */
export function Markdown({ source }: { source: string }) {
  return <div class="tx">{raw(renderMarkdown(source))}</div>;
}

/** The page's opening: its main heading, a line of text, up to two buttons and an image (`split`/`banner`). */
export function HeroSection({ section, ctx }: SectionProps<'hero'>) {
  const { heading, text, image, primary, secondary } = section.data;
  const src = image ? imageUrlOrNull(image.url, ctx.origin) : null;
  return (
    <SectionShell id={section.id} kind="hero" variant={section.variant}>
      <div class="hb">
        <h1>{heading}</h1>
        {text ? <p class="lead">{text}</p> : null}
        {primary || secondary ? (
          <p class="acts">
            <SectionButton button={primary} />
            <SectionButton button={secondary} secondary />
          </p>
        ) : null}
      </div>
      {src ? (
        <img
          src={src}
          {...fluidSrcset(src, 960)}
          alt={image?.alt ?? ''}
          width={960}
          height={540}
          fetchpriority="high"
        />
      ) : null}
    </SectionShell>
  );
}

export function RichTextSection({ section }: SectionProps<'rich_text'>) {
  return (
    <SectionShell id={section.id} kind="rich_text" variant={section.variant}>
      <Markdown source={section.data.markdown} />
    </SectionShell>
  );
}

export function ImageTextSection({ section, ctx }: SectionProps<'image_text'>) {
  const { heading, markdown, image, button } = section.data;
  const src = imageUrlOrNull(image.url, ctx.origin);
  return (
    <SectionShell id={section.id} kind="image_text" variant={section.variant}>
      <div class="it">
        {src ? (
          <img
            src={src}
            {...fluidSrcset(src, 724, '(min-width: 760px) 490px, calc(100vw - 36px)')}
            alt={image.alt}
            width={480}
            height={360}
            loading="lazy"
          />
        ) : null}
        <div>
          {heading ? <h2>{heading}</h2> : null}
          <Markdown source={markdown} />
          <SectionButton button={button} />
        </div>
      </div>
    </SectionShell>
  );
}

export function CtaSection({ section }: SectionProps<'cta'>) {
  const { heading, text, button } = section.data;
  return (
    <SectionShell id={section.id} kind="cta" variant={section.variant} heading={heading}>
      {text ? <p class="lead">{text}</p> : null}
      <p class="acts">
        <SectionButton button={button} />
      </p>
    </SectionShell>
  );
}
