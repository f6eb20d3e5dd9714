/**
 * Self-hosted artwork of the demo site, served by the edge at `/media/demo/<name>` so the demo page
 * loads nothing from another origin. Small hand-written SVGs.
 */
export const demoMedia: Record<string, string> = {
  'avatar.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f97316"/><stop offset="1" stop-color="#be185d"/></linearGradient></defs><rect width="160" height="160" fill="url(#g)"/><circle cx="80" cy="62" r="30" fill="#fde68a"/><path d="M24 160c6-34 28-52 56-52s50 18 56 52z" fill="#fde68a"/></svg>',
  'merch-vinyl.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="12" fill="#1f2937"/><circle cx="48" cy="48" r="36" fill="#111827" stroke="#374151" stroke-width="2"/><circle cx="48" cy="48" r="26" fill="none" stroke="#4b5563"/><circle cx="48" cy="48" r="12" fill="#f97316"/><circle cx="48" cy="48" r="2.5" fill="#111827"/></svg>',
  'studio-session.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#312e81"/><stop offset="1" stop-color="#9d174d"/></linearGradient></defs><rect width="1200" height="800" fill="url(#s)"/><circle cx="900" cy="220" r="120" fill="#fbbf24" opacity=".85"/><path d="M0 620l220-140 180 90 260-200 240 160 300-120v390H0z" fill="#1e1b4b" opacity=".8"/><rect x="470" y="430" width="260" height="170" rx="18" fill="#0f172a"/><circle cx="540" cy="515" r="42" fill="#f97316"/><circle cx="660" cy="515" r="42" fill="#f97316"/></svg>',
};
