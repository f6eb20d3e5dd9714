const page = new TextEncoder().encode('x'.repeat(11800));
const base: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', vary: 'accept-encoding', etag: '"1-abcdef0123456789"', 'cache-control': 'public, max-age=0, must-revalidate', 'content-security-policy': "default-src 'none'; img-src 'self' data:; style-src 'sha256-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG='; form-action 'self'; base-uri 'none'; frame-ancestors 'none'", 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin', 'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()', 'cross-origin-opener-policy': 'same-origin' };
const prebuilt = new Headers({ ...base, 'x-mewayz-cache': 'HIT', 'x-mewayz-source': 'memory', 'x-mewayz-pointer': 'cache' });
const entries = Object.entries({ ...base, 'x-mewayz-cache': 'HIT', 'x-mewayz-source': 'memory', 'x-mewayz-pointer': 'cache' });
export default { fetch(req: Request) {
  const mode = new URL(req.url).pathname;
  if (mode === '/bare') return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  if (mode === '/record') return new Response(page, { headers: { ...base, 'x-mewayz-cache': 'HIT', 'x-mewayz-source': 'memory', 'x-mewayz-pointer': 'cache' } });
  if (mode === '/headers') return new Response(page, { headers: prebuilt });
  if (mode === '/entries') return new Response(page, { headers: entries });
  return new Response('?');
} };
