/**
 * Self-hosted artwork of the demo site, served by the edge at `/media/demo/<name>` so the demo page
 * loads nothing from another origin. Small hand-written SVGs; `product-*` are the demo shop's product
 * pictures (their catalog image keys are `demo/product-*.svg`), `course-*` the demo courses' thumbnails.
 */
export const demoMedia: Record<string, string> = {
  'avatar.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f97316"/><stop offset="1" stop-color="#be185d"/></linearGradient></defs><rect width="160" height="160" fill="url(#g)"/><circle cx="80" cy="62" r="30" fill="#fde68a"/><path d="M24 160c6-34 28-52 56-52s50 18 56 52z" fill="#fde68a"/></svg>',
  'merch-vinyl.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="12" fill="#1f2937"/><circle cx="48" cy="48" r="36" fill="#111827" stroke="#374151" stroke-width="2"/><circle cx="48" cy="48" r="26" fill="none" stroke="#4b5563"/><circle cx="48" cy="48" r="12" fill="#f97316"/><circle cx="48" cy="48" r="2.5" fill="#111827"/></svg>',
  'studio-session.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#312e81"/><stop offset="1" stop-color="#9d174d"/></linearGradient></defs><rect width="1200" height="800" fill="url(#s)"/><circle cx="900" cy="220" r="120" fill="#fbbf24" opacity=".85"/><path d="M0 620l220-140 180 90 260-200 240 160 300-120v390H0z" fill="#1e1b4b" opacity=".8"/><rect x="470" y="430" width="260" height="170" rx="18" fill="#0f172a"/><circle cx="540" cy="515" r="42" fill="#f97316"/><circle cx="660" cy="515" r="42" fill="#f97316"/></svg>',
  'course-wheel.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200"><rect width="200" height="200" fill="#7c2d12"/><ellipse cx="100" cy="150" rx="78" ry="18" fill="#9a3412"/><path d="M62 146c-6-30 4-62 20-78h36c16 16 26 48 20 78z" fill="#fdba74"/><ellipse cx="100" cy="68" rx="18" ry="5" fill="#c2410c"/></svg>',
  'course-glaze.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200"><rect width="200" height="200" fill="#0f766e"/><path d="M70 40h60v12l-10 8v30l36 62c6 10-1 20-12 20H56c-11 0-18-10-12-20l36-62V60l-10-8z" fill="#ccfbf1"/><path d="M52 140h96l10 18c3 6-1 12-8 12H50c-7 0-11-6-8-12z" fill="#22d3ee"/></svg>',
  'product-presets.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><rect width="400" height="400" fill="#1e293b"/><rect x="60" y="70" width="170" height="210" rx="10" fill="#f59e0b" transform="rotate(-8 145 175)"/><rect x="120" y="90" width="170" height="210" rx="10" fill="#fb7185" transform="rotate(4 205 195)"/><rect x="175" y="110" width="170" height="210" rx="10" fill="#38bdf8" transform="rotate(12 260 215)"/><circle cx="262" cy="200" r="38" fill="#0f172a" opacity=".35"/><path d="M200 345h120" stroke="#e2e8f0" stroke-width="10" stroke-linecap="round"/></svg>',
  'product-tee.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><rect width="400" height="400" fill="#fde68a"/><path d="M140 70l-80 40 28 70 36-14v164h152V166l36 14 28-70-80-40c-8 26-32 40-60 40s-52-14-60-40z" fill="#111827"/><circle cx="200" cy="200" r="34" fill="#f97316"/><circle cx="200" cy="200" r="12" fill="#111827"/></svg>',
  'product-tip-jar.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><rect width="400" height="400" fill="#ecfccb"/><rect x="110" y="120" width="180" height="220" rx="36" fill="#bae6fd" stroke="#0f172a" stroke-width="10"/><rect x="130" y="88" width="140" height="40" rx="10" fill="#0f172a"/><circle cx="170" cy="280" r="26" fill="#facc15" stroke="#a16207" stroke-width="6"/><circle cx="228" cy="262" r="26" fill="#facc15" stroke="#a16207" stroke-width="6"/><circle cx="200" cy="306" r="22" fill="#facc15" stroke="#a16207" stroke-width="6"/><path d="M200 170c-14-22-46-8-34 16 8 16 34 30 34 30s26-14 34-30c12-24-20-38-34-16z" fill="#f43f5e"/></svg>',
};
