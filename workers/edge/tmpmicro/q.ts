const page = 'x'.repeat(11800);
const ev = {
  id: 'evt_01jabcdefghjkmnpqrstvwxyz0',
  kind: 'view',
  organizationId: 'org_01jabcdefghjkmnpqrstvwxyz0',
  siteId: 'site_01jabcdefghjkmnpqrstvwxyz0',
  linkId: '',
  occurredAt: '2026-11-29T05:00:00.000Z',
  country: 'NL',
  city: 'Amsterdam',
  referrerHost: '',
  device: 'desktop',
  browser: 'Chrome',
  os: 'Linux',
  utmSource: '',
  utmMedium: '',
  utmCampaign: '',
  utmTerm: '',
  utmContent: '',
  visitorHash: '0123456789abcdef0123456789abcdef',
  isBot: false,
};
let buf: unknown[] = [];
export default {
  fetch(req: Request, env: { EVENTS: Queue }, ctx: ExecutionContext) {
    const mode = new URL(req.url).pathname;
    if (mode !== '/none') {
      buf.push({ ...ev });
      if (buf.length >= 100) {
        const events = buf;
        buf = [];
        if (mode === '/json') ctx.waitUntil(env.EVENTS.send({ events }, { contentType: 'json' }));
        else if (mode === '/text')
          ctx.waitUntil(env.EVENTS.send(JSON.stringify({ events }), { contentType: 'text' }));
        else if (mode === '/v8') ctx.waitUntil(env.EVENTS.send({ events }, { contentType: 'v8' }));
        else if (mode === '/stringify') {
          JSON.stringify({ events });
        }
      }
    }
    return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  },
};
