/** Styles of the course pages (sales page, previews, the student area), in the site's theme variables. */
export const courseCss =
  '.crs{display:flex;flex-direction:column;gap:18px;text-align:left}' +
  '.crs h1{margin:0;font-size:1.9rem;line-height:1.2}.crs h2{margin:8px 0 0;font-size:1.3rem;text-align:left}' +
  '.crs h3{margin:10px 0 6px;font-size:1.05rem;text-align:left}' +
  '.crs .meta{display:flex;flex-wrap:wrap;gap:8px;font-size:.9rem;opacity:.85}' +
  '.crs .meta span{padding:2px 10px;border-radius:999px;border:1px solid currentColor}' +
  '.crs .price{font-size:1.4rem;font-weight:700}' +
  '.crs form{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end}' +
  '.crs label{display:flex;flex-direction:column;gap:4px;flex:1 1 220px;font-weight:600}' +
  '.crs input[type=email],.crs input[type=text]{min-height:48px;padding:0 12px;border-radius:10px;border:2px solid currentColor;font:inherit;background:transparent;color:inherit}' +
  '.crs button,.crs .cta{min-height:48px;padding:0 20px;border-radius:var(--r);border:0;font:inherit;font-weight:700;cursor:pointer;display:inline-flex;align-items:center;justify-content:center;text-decoration:none;background:var(--ac);color:var(--oa)}' +
  '.crs .hp{position:absolute;left:-9999px}' +
  '.cur{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}' +
  '.cur li{display:flex;justify-content:space-between;gap:10px;padding:10px 12px;border-radius:10px;border:1px solid rgba(127,127,127,.35)}' +
  '.cur li a{font-weight:600}.cur small{opacity:.8;white-space:nowrap}' +
  '.cur .done::before{content:"✓ ";font-weight:700}' +
  '.bar{display:block;width:100%;height:10px;accent-color:var(--ac)}' +
  '.les{line-height:1.6}.les img{max-width:100%}' +
  '.vid{position:relative;aspect-ratio:16/9}.vid iframe,.vid video{width:100%;height:100%;border:0;border-radius:12px;background:#000}' +
  '.files ul{padding-left:1.2em}.files small{opacity:.7}' +
  '.nav{display:flex;justify-content:space-between;gap:10px;flex-wrap:wrap}' +
  '.note{padding:12px 14px;border-radius:10px;border:1px solid rgba(127,127,127,.45)}';
