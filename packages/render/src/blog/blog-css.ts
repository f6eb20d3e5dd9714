/** Styles of the blog's pages, in the site's theme variables; only pages of the blog carry them. */
export const blogCss =
  '.bl h1{margin:0 0 8px}.bl>p.sub{color:var(--mu);margin:0 0 24px}' +
  '.pl{list-style:none;margin:0;padding:0;display:grid;gap:20px}' +
  '.pc{display:grid;grid-template-columns:1fr 112px;gap:14px;align-items:start;padding:0 0 20px;border-bottom:1px solid var(--ln)}' +
  '.pc.nc{grid-template-columns:1fr}' +
  '.pc h2{font-size:1.2rem;margin:0 0 6px}.pc h2 a{text-decoration:none}' +
  '.pc p{margin:6px 0 0}.pc img{width:112px;height:84px;object-fit:cover;border-radius:var(--rc)}' +
  '.pm{color:var(--mu);font-size:.9rem;margin:0}' +
  '.tg{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:8px 0 0;padding:0}' +
  '.tg a{display:inline-flex;align-items:center;min-height:32px;padding:0 10px;border:1px solid var(--ln);border-radius:999px;text-decoration:none;font-size:.85rem}' +
  '.ar header{margin:0 0 16px}.ar h1{margin:0 0 8px;line-height:1.2;overflow-wrap:anywhere}' +
  '.ar .cv{display:block;width:100%;height:auto;aspect-ratio:1200/630;object-fit:cover;border-radius:var(--rc);margin:0 0 20px}' +
  '.ar .bd{line-height:1.7;overflow-wrap:anywhere}.ar .bd img{max-width:100%}' +
  '.pg2{display:flex;justify-content:space-between;gap:12px;margin:24px 0 0}' +
  '.pg2 a{min-height:44px;display:inline-flex;align-items:center}' +
  '.fd{margin:24px 0 0;font-size:.9rem}' +
  '@media (max-width:420px){.pc{grid-template-columns:1fr 80px}.pc img{width:80px;height:60px}}';
