/**
 * Styles of the store: product tiles, cards and Buy forms (also on a bio page that has product or
 * collection blocks) and the store and product pages. Written against the theme's custom properties
 * like site-css.ts, phone first; only pages that show the store carry it.
 */
export const storeCss =
  '.wide{max-width:1040px}' +
  '.sn{display:flex;align-items:center;flex-wrap:wrap;gap:6px 16px;margin:0 0 22px;font-weight:600}' +
  '.sn a{display:inline-flex;align-items:center;gap:10px;min-height:44px;text-decoration:none}' +
  '.sn img{width:36px;height:36px;border-radius:50%;object-fit:cover}' +
  '.cats{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 20px;padding:0;list-style:none}' +
  '.cats a{display:inline-flex;align-items:center;min-height:40px;padding:0 14px;border:2px solid var(--ln);border-radius:999px;text-decoration:none;font-size:.92rem}' +
  '.cats a[aria-current]{background:var(--ac);border-color:var(--ac);color:var(--oa)}' +
  '.pg,.pl{margin:0;padding:0;list-style:none;display:grid;gap:14px}' +
  '.pg{grid-template-columns:repeat(auto-fill,minmax(150px,1fr))}' +
  '.pc{display:flex;flex-direction:column;height:100%;background:var(--sf);color:var(--tx);border:2px solid var(--ln);border-radius:var(--rc);overflow:hidden;text-decoration:none}' +
  '.pc:hover{border-color:var(--ac)}' +
  '.pc img,.pc .ph{display:block;width:100%;height:auto;aspect-ratio:1;object-fit:cover}' +
  '.ph{display:grid;place-items:center;background:var(--ac);color:var(--oa);font-size:2rem;font-weight:700}' +
  '.pb{display:flex;flex-direction:column;gap:4px;padding:10px 12px 12px;min-width:0;flex:1}' +
  '.pn{font-weight:600;line-height:1.3}' +
  // On a bio page a collection fills the column: three small tiles across a phone.
  '.bs .pg{grid-template-columns:repeat(auto-fit,minmax(100px,1fr));gap:10px}' +
  '.bs .pb{padding:8px 10px 10px;font-size:.92rem}' +
  '.pl .pc{flex-direction:row;align-items:center}' +
  '.pl .pc img,.pl .pc .ph{width:76px;flex:none}' +
  '.pr{margin:0;display:flex;flex-wrap:wrap;align-items:center;gap:2px 8px}' +
  '.pr s,.pr>span{color:var(--mu)}' +
  '.so{padding:0 6px;border:1px solid currentColor;border-radius:6px;font-size:.75rem;font-weight:600}' +
  '.pk{display:flex;gap:14px;padding:12px;background:var(--sf);border:2px solid var(--ln);border-radius:var(--rc)}' +
  '.pk img,.pk .ph{display:block;width:96px;height:96px;border-radius:calc(var(--rc)/2);object-fit:cover;flex:none}' +
  '.pk .pb{padding:0}' +
  '.pk .pn{text-decoration:none}' +
  '.buy{display:flex;flex-direction:column;gap:12px;margin:8px 0 0}' +
  '.buy p{margin:0;display:flex;flex-direction:column;gap:4px}' +
  '.buy label{font-size:.9rem;font-weight:600}' +
  '.buy select,.buy input{min-height:48px;padding:0 12px;font:inherit;color:var(--tx);background:var(--bg);border:2px solid var(--ln);border-radius:var(--r)}' +
  '.buy.cp{flex-direction:row;flex-wrap:wrap;align-items:end;gap:8px}' +
  '.buy.cp p{flex:1 1 110px}' +
  '.buyb{width:100%;margin-top:4px}' +
  'a.buyb{display:flex;align-items:center;justify-content:center;box-sizing:border-box;min-height:50px;padding:0 20px;font-weight:600;color:var(--oa);background:var(--ac);border-radius:var(--r);text-decoration:none}' +
  '.cp .buyb{width:auto;flex:1 1 90px;margin:0}' +
  'button:disabled{opacity:.6;cursor:not-allowed}' +
  '.cl{display:flex;flex-direction:column;gap:12px}' +
  '.more{margin:0;text-align:center}' +
  '.more a{color:var(--ac);font-weight:600;text-underline-offset:3px}' +
  '.pp{display:grid;gap:24px;margin:0}' +
  '.gal{display:flex;gap:10px;overflow-x:auto;scroll-snap-type:x mandatory}' +
  '.gal img{flex:0 0 100%;width:100%;height:auto;aspect-ratio:1;object-fit:cover;scroll-snap-align:start;border-radius:var(--rc);background:var(--sf)}' +
  '.pi h1{margin:0 0 8px;font-size:1.8rem}' +
  '.pi>.pr{font-size:1.2rem}' +
  '.ds{margin:24px 0 0}.ds p{margin:0 0 .7em}.ds a{color:var(--ac)}' +
  '@media (min-width:800px){.pp{grid-template-columns:1fr 1fr;align-items:start}.wide .pg{grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:18px}}';
