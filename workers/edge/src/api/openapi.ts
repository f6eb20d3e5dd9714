import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './api-env.ts';

type OpenApiDoc = ReturnType<OpenAPIHono<ApiEnv>['getOpenAPI31Document']>;

/** The tags of the operations, in the order the docs list them. */
export const apiTags = [
  { name: 'Me', description: 'Who the token acts for.' },
  { name: 'Organization', description: 'The token’s organization.' },
  { name: 'Members', description: 'Members and their roles (no one acts on a member above their own role).' },
  { name: 'Invitations', description: 'Invitations to join the organization.' },
  { name: 'Sites', description: 'Link-in-bio sites and mini-websites: drafts and publishing.' },
  { name: 'Blocks', description: 'The blocks of a site’s page.' },
  { name: 'Pages', description: 'A site’s pages beyond its home: address, menus, SEO, draft or published.' },
  {
    name: 'Blog',
    description:
      'A site’s blog: Markdown posts with cover, tags and a publish date, served at /blog with RSS and Atom feeds.',
  },
  { name: 'Sections', description: 'The sections of a page, each of one kind with a layout variant.' },
  { name: 'Versions', description: 'Every publish of a site, and rollbacks to any of them.' },
  { name: 'Domains', description: 'Custom domains of sites.' },
  {
    name: 'Sending domains',
    description:
      'Domains the organization’s email comes from: the SPF, DKIM, DMARC (and return-path) records to publish, checked one by one.',
  },
  { name: 'Links', description: 'Short links.' },
  {
    name: 'Commerce',
    description:
      'The product catalog: products (digital, physical, pay what you want), variants, images, categories.',
  },
  {
    name: 'Courses',
    description:
      'Courses sold from sites: modules and lessons in order (safe Markdown, video links, free previews, drip).',
  },
  {
    name: 'Enrollments',
    description: 'Who may study which course: free sign-ups, paid orders, added by hand.',
  },
  {
    name: 'CRM',
    description:
      'Contacts (with tags, custom fields, consent and a timeline), custom contact fields and segments.',
  },
  {
    name: 'Bookings',
    description:
      '1:1 calls: bookable services, the calendar they are booked from (zone, week, date overrides), booked calls and the secret calendar feed.',
  },
  {
    name: 'Campaigns',
    description:
      'Email templates (MJML with merge fields), campaigns to a segment or tags with scheduling, pause, resume and cancel, their results, and the sender settings.',
  },
  {
    name: 'Social',
    description:
      'Scheduled publishing to Bluesky, Mastodon, X and Instagram: connected accounts (connected in the dashboard), posts with a variant per network, each network’s status, link and engagement.',
  },
  {
    name: 'Sequences',
    description:
      'Email sequences (automations): the welcome sequence’s steps (templates and delays), on/off, results per step and who is in it.',
  },
  { name: 'Analytics', description: 'Views, visitors and clicks.' },
  {
    name: 'AI',
    description:
      'Drafts written with AI (structured, moderated), within the organization’s monthly token budget and per-minute limit.',
  },
  { name: 'Tokens', description: 'API tokens.' },
  {
    name: 'Webhooks',
    description:
      'Signed outbound webhooks (Standard Webhooks): endpoints, their event types, secrets and delivery logs.',
  },
];

export function openApiConfig(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mewayz API',
      version: '1.0.0',
      description:
        'REST API for integrators. Authenticate with `Authorization: Bearer <token>`. Every answer uses the envelope `{ success, message, data, meta }` (errors: `{ success: false, message, error: { code, details }, meta }`); `meta.request_id` identifies the request in our logs. Lists take `page` and `per_page` (max 100); contacts page by cursor instead (`meta.cursor`). POST requests honour `Idempotency-Key`. Rate limits are announced in `RateLimit-*` headers. Ids are lower-case (`site_01jd3…`); any other spelling answers 404.',
      contact: { name: 'Mewayz support', url: `${origin}/` },
    },
    servers: [
      {
        url: `${origin}/api/v1`,
        description:
          'This environment (production on https, local development on http://mewayz.localhost:8787).',
        'x-internal': false,
      },
    ],
    tags: apiTags,
  };
}

function esc(text: unknown): string {
  return String(text ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

/** Inline `code` and **bold** of the descriptions, on escaped text. */
function md(text: unknown): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function schemaBlock(schema: unknown): string {
  return `<pre>${esc(JSON.stringify(schema, null, 2))}</pre>`;
}

/**
 * A readable reference page rendered on the server from the OpenAPI document: no scripts, no
 * third-party CDN, one inline stylesheet.
 */
export function renderDocsPage(doc: OpenApiDoc): string {
  const ops: string[] = [];
  const nav: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
      nav.push(
        `<li><a href="#${id}"><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> ${esc(path)}</a></li>`,
      );
      const params =
        (op.parameters as
          | { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[]
          | undefined) ?? [];
      const body = (op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)
        ?.content?.['application/json']?.schema;
      const responses = Object.entries(
        op.responses as Record<
          string,
          { description?: string; content?: Record<string, { schema?: unknown }> }
        >,
      );
      const ok = responses.find(([code]) => code.startsWith('2'));
      ops.push(`<section id="${id}">
<h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p><strong>${md(op.summary)}</strong></p>${op.description ? `<p>${md(op.description)}</p>` : ''}
${
  params.length
    ? `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr>${params
        .map(
          (p) =>
            `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${esc(JSON.stringify(p.schema))}</code></td></tr>`,
        )
        .join('')}</table>`
    : ''
}
${body ? `<h4>Request body (application/json)</h4>${schemaBlock(body)}` : ''}
${ok ? `<h4>Response ${esc(ok[0])}</h4>${schemaBlock(ok[1].content?.['application/json']?.schema)}` : ''}
<p class="errors">Errors: ${responses
        .filter(([code]) => !code.startsWith('2'))
        .map(([code]) => esc(code))
        .join(', ')}</p>
</section>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)} — reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;display:grid;grid-template-columns:280px 1fr}
nav{position:sticky;top:0;height:100vh;overflow:auto;background:#f6f6f8;padding:1rem;border-right:1px solid #ddd}
nav ul{list-style:none;padding:0;margin:0;font-size:13px}nav a{text-decoration:none;color:inherit;display:block;padding:2px 0}
main{padding:1.5rem 2rem;max-width:980px}section{border-top:1px solid #e5e5e5;padding:.5rem 0 1rem}
pre{background:#f6f6f8;padding:.75rem;overflow:auto;font-size:12px;max-height:360px}
code{font-family:ui-monospace,monospace;font-size:.92em}table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}.m{font:bold 11px ui-monospace,monospace;padding:1px 5px;border-radius:3px;color:#fff;background:#555}
.get{background:#1f7a3a}.post{background:#1d5fb8}.patch{background:#a06200}.put{background:#7a3fb0}.delete{background:#b3261e}.errors{color:#666;font-size:13px}
</style></head><body>
<nav><strong>${esc(doc.info.title)} ${esc(doc.info.version)}</strong><p><a href="openapi.json">openapi.json</a></p><ul>${nav.join('')}</ul></nav>
<main><h1>${esc(doc.info.title)}</h1><p>${md(doc.info.description)}</p><p>Base URL: <code>${esc(doc.servers?.[0]?.url)}</code></p>${ops.join('\n')}</main>
</body></html>`;
}
