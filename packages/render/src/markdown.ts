import { isSafeLinkUrl } from '@mewayz/contracts';
import MarkdownIt from 'markdown-it';

// Starts from the `zero` preset (paragraphs and text only) and enables the small subset creators need;
// everything else — headings, images, tables, code blocks, raw HTML — stays plain text.
const md = new MarkdownIt('zero', { html: false, breaks: true, linkify: false, typographer: false });
md.enable([
  'list',
  'emphasis',
  'strikethrough',
  'link',
  'autolink',
  'newline',
  'escape',
  'entity',
  'backticks',
]);
md.validateLink = isSafeLinkUrl;

/** What `renderMarkdown` needs to point links at the counted redirect. */
interface LinkEnv {
  /** `/go/<block>/<n>` for the n-th link of the text (see outbound-links.ts). */
  goHref?: (item: number) => string;
  links: number;
}

const defaultLinkOpen = md.renderer.rules.link_open;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  // Creator-written links are user content: no ranking credit, no window.opener.
  token.attrSet('rel', 'nofollow ugc noopener');
  const links = env as LinkEnv | undefined;
  if (links?.goHref) token.attrSet('href', links.goHref(links.links));
  if (links) links.links++;
  return defaultLinkOpen
    ? defaultLinkOpen(tokens, idx, options, env, self)
    : self.renderToken(tokens, idx, options);
};

/**
 * Render a creator's markdown to HTML limited to a safe subset (escaped by markdown-it, links checked).
 * With `goHref`, each link points at it (by the link's position in the text) instead of its target.
 */
export function renderMarkdown(source: string, goHref?: (item: number) => string): string {
  const env: LinkEnv = { goHref, links: 0 };
  return md.render(source, env as unknown as Record<string, unknown>);
}

/** The targets of the text's links, in the order `renderMarkdown` numbers them. */
export function markdownLinkTargets(source: string): string[] {
  const targets: string[] = [];
  const visit = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'link_open') targets.push(String(token.attrGet('href') ?? ''));
      if (token.children) visit(token.children);
    }
  };
  visit(md.parse(source, {}));
  return targets;
}

/** The words of the text without markup (for meta descriptions and structured data), spaces folded. */
export function markdownPlainText(source: string): string {
  const words: string[] = [];
  const visit = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'text' || token.type === 'code_inline') words.push(token.content);
      else if (/^(soft|hard)break$|^(paragraph|list_item)_close$/.test(token.type)) words.push(' ');
      if (token.children) visit(token.children);
    }
  };
  visit(md.parse(source, {}));
  return words.join('').replace(/\s+/g, ' ').trim();
}
