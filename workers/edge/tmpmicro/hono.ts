import { Hono } from 'hono';

const page = 'x'.repeat(11800);
const inner = new Hono<{ Variables: { host: string } }>()
  .get(
    '/',
    (c) => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8', 'x-h': c.var.host } }),
  )
  .get(
    '/go/:id',
    (c) =>
      new Response(page, {
        headers: { 'content-type': 'text/html; charset=utf-8', 'x-h': c.req.param('id') },
      }),
  )
  .all('*', () => new Response('nf', { status: 404 }));
const wrapped = new Hono<{ Variables: { host: string } }>()
  .use(async (c, next) => {
    c.set('host', 'h');
    await next();
  })
  .route('/', inner);
const single = new Hono().get(
  '/',
  () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
);
export default {
  fetch(req: Request, env: unknown, ctx: ExecutionContext) {
    const u = new URL(req.url);
    if (u.hostname === 'plain')
      return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    if (u.hostname === 'single') return single.fetch(req, env, ctx);
    return wrapped.fetch(req, env, ctx);
  },
};
