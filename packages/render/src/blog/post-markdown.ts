import { isSafeLinkUrl } from '@mewayz/contracts';
import MarkdownIt from 'markdown-it';
import { isServedMediaKey } from '../media-keys.ts';
import { columnWidth, fluidSrcset } from '../responsive-image.ts';

/**
 * Blog posts are long-form writing, so they get more of Markdown than a text block does: headings,
 * images, block quotes, code (inline and fenced), tables and rules, besides lists, emphasis and links.
 * Raw HTML stays off (markdown-it escapes it as text), and every URL is checked before it is written.
 */
const md = new MarkdownIt('default', { html: false, breaks: false, linkify: false, typographer: false });

/** A path on the site itself (`/about`, `/blog/other#part`): never `//host` or `/\host`, which browsers read as another host. */
const sitePath = /^\/(?![/\\])[^\s\\]*$/;

/** `/media/<key>` of an image the site host serves. */
function mediaKeyOf(url: string): string | null {
  if (!url.startsWith('/media/')) return null;
  const key = url.slice('/media/'.length);
  return isServedMediaKey(key) ? key : null;
}

md.validateLink = (url) => isSafeLinkUrl(url) || sitePath.test(url) || /^#[\w-]*$/.test(url);

interface PostEnv {
  /** Origin the page (or feed) is read on: the site's own media are written absolute on it. */
  origin: string;
  /** In feeds: a link to the site's own path is written on `origin`, since readers show it elsewhere. */
  absolute: boolean;
}

// The post's title is the page's only h1, so the body's headings start one level below it:
// `#` is an h2, and the outline stays in order for screen readers and search engines.
md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  token.tag = `h${Math.min(Number(token.tag.slice(1)) + 1, 6)}`;
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.heading_close = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  token.tag = `h${Math.min(Number(token.tag.slice(1)) + 1, 6)}`;
  return self.renderToken(tokens, idx, options);
};

const defaultLinkOpen = md.renderer.rules.link_open;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  // Links to the site's own pages are the creator's navigation; links elsewhere are user content.
  const href = String(token.attrGet('href') ?? '');
  const { origin, absolute } = env as unknown as PostEnv;
  if (!href.startsWith('/') && !href.startsWith('#')) token.attrSet('rel', 'nofollow ugc noopener');
  else if (absolute && href.startsWith('/')) token.attrSet('href', `${origin}${href}`);
  return defaultLinkOpen
    ? defaultLinkOpen(tokens, idx, options, env, self)
    : self.renderToken(tokens, idx, options);
};

const esc = md.utils.escapeHtml;

/**
 * An image: only web URLs and the site's own media (which get a `srcset` of resized copies), lazy
 * and decoded off the main thread, with its alt text; anything else is written as its alt text.
 */
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const src = String(token.attrGet('src') ?? '');
  const key = mediaKeyOf(src);
  const web = !key && /^https?:/i.test(src) && isSafeLinkUrl(src);
  if (!key && !web) return esc(alt);
  const url = key ? `${(env as unknown as PostEnv).origin}/media/${key}` : src;
  // Our media at any host (`/media/<key>` here, or a full URL to a site's media) get resized copies.
  const { srcset, sizes } = fluidSrcset(url, columnWidth);
  const title = String(token.attrGet('title') ?? '');
  return (
    `<img src="${esc(url)}"${srcset ? ` srcset="${esc(srcset)}" sizes="${esc(sizes ?? '')}"` : ''}` +
    ` alt="${esc(alt)}"${title ? ` title="${esc(title)}"` : ''} loading="lazy" decoding="async">`
  );
};

// A fence's info string names its language; only a plain name becomes a class, nothing else of it is kept.
md.renderer.rules.fence = (tokens, idx) => {
  const token = tokens[idx]!;
  const lang = /^[\w+#.-]{1,32}$/.exec(token.info.trim().split(/\s+/)[0] ?? '')?.[0];
  return `<pre><code${lang ? ` class="language-${esc(lang)}"` : ''}>${esc(token.content)}</code></pre>\n`;
};

/**
 * A blog post's Markdown → HTML: the post subset, safe URLs only, own media resized on `origin`
 * (`absolute` for feeds: the site's own links written on `origin` too).
 */
export function renderPostMarkdown(source: string, origin: string, absolute = false): string {
  const env: PostEnv = { origin, absolute };
  return md.render(source, env as unknown as Record<string, unknown>);
}

/** The words of a post without markup (summaries, descriptions), spaces folded; images count by alt. */
export function postPlainText(source: string): string {
  const words: string[] = [];
  const visit = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'text' || token.type === 'code_inline') words.push(token.content);
      else if (token.type === 'image') {
        words.push(' ');
        continue;
      } else if (/^(soft|hard)break$|_close$/.test(token.type)) words.push(' ');
      if (token.children) visit(token.children);
    }
  };
  visit(md.parse(source, {}));
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** Styles of a post's body (only post pages carry them), in the theme's variables. */
export const postBodyCss =
  '.bd h2,.bd h3,.bd h4{line-height:1.3;margin:1.6em 0 .5em}.bd h2{font-size:1.4rem}.bd h3{font-size:1.2rem}' +
  '.bd img{display:block;max-width:100%;height:auto;margin:1em auto;border-radius:var(--rc)}' +
  '.bd blockquote{margin:1em 0;padding:0 0 0 14px;border-left:3px solid var(--ln);color:var(--mu)}' +
  '.bd code{font:.9em ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--ln);padding:.1em .3em;border-radius:4px}' +
  '.bd pre{overflow-x:auto;padding:12px 14px;background:var(--ln);border-radius:var(--rc);line-height:1.5}' +
  '.bd pre code{background:none;padding:0;overflow-wrap:normal}' +
  '.bd table{display:block;overflow-x:auto;border-collapse:collapse}.bd th,.bd td{border:1px solid var(--ln);padding:6px 10px}' +
  '.bd hr{border:0;border-top:1px solid var(--ln);margin:2em 0}';
