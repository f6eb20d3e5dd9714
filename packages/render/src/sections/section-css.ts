import type { SnapshotSection } from '@mewayz/contracts';

/**
 * Styles of section pages, written against the theme's custom properties like site-css.ts, phone
 * first. Only the kinds a page shows ship with it, which keeps a typical page small.
 */
export const pageCss =
  '.sx{max-width:1040px}' +
  '.s{margin:0 0 56px}.s>h2{font-size:1.5rem;margin:0 0 18px;text-align:center}' +
  '.lead{font-size:1.12rem;color:var(--mu);margin:0 0 16px}' +
  '.acts{display:flex;flex-wrap:wrap;gap:10px;margin:18px 0 0}' +
  '.sb{display:inline-flex;align-items:center;min-height:50px;padding:0 22px;border-radius:var(--r);background:var(--ac);color:var(--oa);font-weight:600;text-decoration:none}' +
  '.sb2{background:transparent;color:var(--tx);border:2px solid var(--ln)}' +
  '.cd{padding:18px;background:var(--sf);border:2px solid var(--ln);border-radius:var(--rc)}' +
  '.cd h3{margin:0 0 6px;font-size:1.05rem}.cd p{margin:0 0 8px}' +
  '.gr{display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));margin:0;padding:0;list-style:none}' +
  '.v-list .gr,.v-table .gr{grid-template-columns:1fr}' +
  '.mu{color:var(--mu)}' +
  '.s img{max-width:100%;height:auto;border-radius:var(--rc)}' +
  '.s .tx{text-align:left}.s .tx ul,.s .tx ol{display:block;margin:0 0 .6em}';

const kindCss: Partial<Record<SnapshotSection['kind'], string>> = {
  hero:
    '.s-hero{text-align:center}.s-hero h1{font-size:clamp(1.8rem,5vw,2.8rem);margin:0 0 12px}.s-hero .acts{justify-content:center}' +
    '.s-hero img{display:block;margin:24px auto 0}' +
    '@media (min-width:760px){.s-hero.v-split{display:grid;grid-template-columns:1fr 1fr;gap:32px;align-items:center;text-align:left}.v-split .acts{justify-content:flex-start}.v-split img{margin:0}}' +
    '.v-banner{padding:48px 20px;background:var(--sf);border-radius:var(--rc)}',
  rich_text: '.v-narrow .tx{max-width:680px;margin:0 auto}',
  image_text:
    '.it{display:grid;gap:24px;align-items:center}' +
    '@media (min-width:760px){.it{grid-template-columns:1fr 1fr}.v-image_right .it img{order:2}}',
  gallery:
    '.gl{display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));margin:0;padding:0;list-style:none}' +
    '.gl figure{margin:0}.gl figcaption{font-size:.85rem;color:var(--mu)}' +
    '.v-strip .gl{grid-auto-flow:column;grid-auto-columns:minmax(240px,1fr);overflow-x:auto}',
  testimonials:
    '.s-testimonials figure{margin:0}.s-testimonials blockquote{margin:0 0 12px;white-space:pre-line}' +
    '.s-testimonials figcaption{display:flex;gap:10px;align-items:center}.s-testimonials figcaption img{border-radius:50%}' +
    '.s-testimonials small{display:block;color:var(--mu)}.v-quote .gr{grid-template-columns:1fr;font-size:1.15rem}',
  pricing:
    // Scoped: the store's price rows (product sections, bio blocks) are `.pr` too.
    '.s-pricing .pr{font-size:.95rem;color:var(--mu)}.s-pricing .pr b{font-size:1.8rem;color:var(--tx)}' +
    '.fl{margin:0 0 14px;padding-left:1.2em}.pf2{border-color:var(--ac)}',
  faq:
    '.fq{max-width:760px;margin:0 auto}.fq details{border-bottom:2px solid var(--ln);padding:6px 0}' +
    '.fq summary{cursor:pointer;font-weight:600;min-height:44px;display:flex;align-items:center;gap:12px;list-style:none}' +
    '.fq summary::-webkit-details-marker{display:none}.fq summary::after{content:"+";margin-left:auto;font-size:1.3rem;color:var(--ac)}.fq [open] summary::after{content:"\\2013"}' +
    '@media (min-width:760px){.v-two_column .fq{max-width:none;columns:2;column-gap:32px}.v-two_column details{break-inside:avoid}}',
  cta: '.s-cta{text-align:center}.s-cta .acts{justify-content:center}.v-banner.s-cta,.v-card.s-cta{padding:36px 20px;background:var(--sf);border-radius:var(--rc)}',
  contact_form:
    '.cf{display:grid;gap:8px;max-width:560px;margin:0 auto}.cf label{font-weight:600}.s-contact_form>.lead{max-width:560px;margin:0 auto 16px}' +
    '.cf input,.cf textarea{min-height:48px;padding:10px 14px;font:inherit;color:var(--tx);background:var(--bg);border:2px solid var(--ln);border-radius:var(--r)}' +
    '.cf textarea{border-radius:var(--rc);resize:vertical}.cf button{margin-top:8px}' +
    '@media (min-width:760px){.v-split.s-contact_form{display:grid;grid-template-columns:1fr 1fr;gap:32px}.v-split .cf{margin:0}}',
  logo_cloud:
    '.lc{display:flex;flex-wrap:wrap;justify-content:center;align-items:center;gap:24px;margin:0;padding:0;list-style:none}' +
    '.lc img{width:auto;max-height:48px;border-radius:0}.v-grid .lc{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));justify-items:center}',
  stats:
    '.st{display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));margin:0;text-align:center}' +
    '.st dd{margin:0;font-size:2rem;font-weight:700}.st dt{color:var(--mu)}.st div{display:flex;flex-direction:column-reverse}' +
    '.v-cards .st div{padding:18px;background:var(--sf);border-radius:var(--rc)}',
  team:
    '.tm{text-align:center}.tm img,.tm .mg{display:grid;place-items:center;width:96px;height:96px;margin:0 auto 10px;border-radius:50%;object-fit:cover;font-size:36px;font-weight:700;background:var(--ac);color:var(--oa)}' +
    '.v-list.s-team .tm{text-align:left;display:grid;grid-template-columns:96px 1fr;column-gap:16px}.v-list.s-team .tm>*:not(img,.mg){grid-column:2}',
  embed: '.v-narrow.s-embed{max-width:680px;margin-left:auto;margin-right:auto}',
  bio: '.s-bio{max-width:680px;margin-left:auto;margin-right:auto}.v-card.s-bio{padding:24px 18px;background:var(--sf);border-radius:var(--rc)}',
};

/** The stylesheet of a page showing these section kinds (each kind's rules once). */
export function sectionsCss(kinds: Iterable<SnapshotSection['kind']>): string {
  let css = pageCss;
  for (const kind of new Set(kinds)) css += kindCss[kind] ?? '';
  return css;
}

/** Header and footer menus of a site with pages (also on its home page). */
export const navCss =
  '.nv{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px 20px;margin:0 0 36px}' +
  '.nv>a{font-weight:700;text-decoration:none;min-height:44px;display:inline-flex;align-items:center}' +
  '.nv ul,.fn ul{display:flex;flex-wrap:wrap;gap:4px 18px;margin:0;padding:0;list-style:none}' +
  '.nv ul a,.fn a{display:inline-flex;align-items:center;min-height:44px;text-decoration:none}' +
  '.nv [aria-current]{text-decoration:underline;text-underline-offset:6px}' +
  '.fn ul{justify-content:center;margin:0 0 8px}';
