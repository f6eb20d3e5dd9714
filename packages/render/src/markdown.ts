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

const defaultLinkOpen = md.renderer.rules.link_open;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  // Creator-written links are user content: no ranking credit, no window.opener.
  tokens[idx]!.attrSet('rel', 'nofollow ugc noopener');
  return defaultLinkOpen
    ? defaultLinkOpen(tokens, idx, options, env, self)
    : self.renderToken(tokens, idx, options);
};

/** Render a creator's markdown to HTML limited to a safe subset (escaped by markdown-it, links checked). */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
