const page = new TextEncoder().encode('x'.repeat(11800));
let sink = '';
export default { fetch(req: Request) {
  const raw = req.url;
  const mode = raw.slice(raw.indexOf('/', 8));
  for (let i = 0; i < 10; i++) {
    if (mode === '/url') sink = new URL(req.url).hostname;
    else if (mode === '/str') { const u = req.url; const s = u.indexOf('://') + 3; const e = u.indexOf('/', s); sink = u.slice(s, e); }
    else if (mode === '/get') sink = req.url;
  }
  return new Response(page, { headers: { 'content-type': 'text/html', 'x-s': sink } });
} };
