/// <reference path="./mjml-browser.d.ts" />
import { convert } from 'html-to-text';
import { escapeHtml } from '../email/mailer.ts';
import { ValidationFailed } from '../errors.ts';

/** A template compiled once per campaign: merge fields are still in it, filled per recipient. */
export interface CompiledEmail {
  html: string;
  text: string;
  warnings: string[];
}

/** Marks the footer's unsubscribe link so click tracking leaves it alone (and sends it as is). */
export const unsubscribePlaceholder = '{{ unsubscribe_url }}';

/**
 * Compile MJML into responsive HTML with inline styles (MJML's job) and a plain-text part
 * (html-to-text), with the footer every campaign carries: the unsubscribe link and the sender's postal
 * address. A template MJML cannot read at all is a validation error; smaller problems are warnings.
 */
export async function compileEmail(
  mjml: string,
  opts: { previewText?: string; postalAddress?: string },
): Promise<CompiledEmail> {
  const source = withFooter(withPreview(mjml, opts.previewText ?? ''), opts.postalAddress ?? '');
  const mjml2html = await loadMjml();
  let result: ReturnType<typeof mjml2html>;
  try {
    result = mjml2html(source, { validationLevel: 'soft', keepComments: false });
  } catch (err) {
    throw new ValidationFailed('The template is not valid MJML.', [
      { path: 'mjml', message: err instanceof Error ? err.message.slice(0, 300) : 'unreadable' },
    ]);
  }
  if (!/<body[\s>]/i.test(result.html)) {
    throw new ValidationFailed('The template is not valid MJML.', [{ path: 'mjml', message: 'no mj-body' }]);
  }
  const text = convert(result.html, {
    wordwrap: 78,
    selectors: [
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
      { selector: 'img', format: 'skip' },
      // The preview text is a hidden div MJML puts first: it belongs to the inbox list, not the body.
      { selector: 'div.mj-preview', format: 'skip' },
    ],
  });
  return {
    html: result.html,
    text: text.replace(/\n{3,}/g, '\n\n').trim(),
    warnings: result.errors
      .slice(0, 50)
      .map((e: { formattedMessage: string }) => e.formattedMessage.slice(0, 300)),
  };
}

let mjmlModule: Promise<typeof import('mjml-browser').default> | null = null;
/**
 * MJML is loaded on first use: its bundle initialises a whole webpack module graph when evaluated,
 * which every Worker start (the edge's too, which only tracks opens and clicks) would otherwise pay.
 */
function loadMjml() {
  mjmlModule ??= import('./mjml-runtime.ts').then(() => import('mjml-browser')).then((m) => m.default);
  return mjmlModule;
}

function withPreview(mjml: string, previewText: string): string {
  if (!previewText || /<mj-preview/i.test(mjml)) return mjml;
  const preview = `<mj-preview>${escapeHtml(previewText)}</mj-preview>`;
  if (/<mj-head>/i.test(mjml)) return mjml.replace(/<mj-head>/i, `<mj-head>${preview}`);
  return mjml.replace(/<mjml([^>]*)>/i, `<mjml$1><mj-head>${preview}</mj-head>`);
}

function withFooter(mjml: string, postalAddress: string): string {
  const address = escapeHtml(postalAddress).replace(/\r?\n/g, '<br />');
  const footer = `<mj-section padding="24px 0 8px"><mj-column><mj-text align="center" font-size="12px" color="#6b7280" line-height="18px">${address}<br /><a href="${unsubscribePlaceholder}" style="color:#6b7280">Unsubscribe</a></mj-text></mj-column></mj-section>`;
  if (!/<\/mj-body>/i.test(mjml)) return mjml;
  return mjml.replace(/<\/mj-body>(?![\s\S]*<\/mj-body>)/i, `${footer}</mj-body>`);
}
