import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createTenant,
  type EdgeHarness,
  repoRoot,
  startEdge,
  type Tenant,
  uniqueSlug,
} from '@mewayz/testing';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from './client/api-types.gen.ts';
import { apiTypesFile, generateApiTypes, type LintFinding, lintOpenApi } from './client/openapi-tools.ts';
import { apiBase } from './helpers.ts';

let edge: EdgeHarness;
let t: Tenant;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000' },
  });
  t = await createTenant(edge.deps, 'Contract org');
}, 300_000);
afterAll(() => edge?.dispose());

/** The document as the Worker serves it; production serves it over https (OWASP: servers use TLS). */
type Operation = { operationId?: string; tags?: string[] };

async function liveDocument(origin = 'https://mewayz.localhost') {
  const res = await edge.fetch(`${origin}/api/v1/openapi.json`);
  expect(res.status).toBe(200);
  return (await res.json()) as { paths: Record<string, Record<string, Operation>> };
}

describe('the OpenAPI document under Spectral (spectral:oas + OWASP ruleset)', () => {
  it('has no errors', { timeout: 600_000 }, async () => {
    const findings = await lintOpenApi(await liveDocument());
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors, JSON.stringify(errors.slice(0, 10), null, 2)).toEqual([]);
    // What is left are warnings, listed by rule so a new kind shows up in review.
    const warnings = new Set(
      findings.filter((f) => f.severity === 'warning').map((f: LintFinding) => f.code),
    );
    expect([...warnings].sort()).toEqual([]);
  });

  it('names and tags every operation for generated clients', async () => {
    const doc = await liveDocument();
    const ops = Object.values(doc.paths).flatMap((item) => Object.values(item));
    expect(ops.length).toBeGreaterThan(30);
    for (const op of ops) {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags?.length).toBe(1);
    }
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
  });
});

describe('the typed client generated from the document', () => {
  it('is up to date with the live document', { timeout: 600_000 }, async () => {
    const committed = readFileSync(join(repoRoot, apiTypesFile), 'utf8');
    expect(await generateApiTypes(await liveDocument('http://mewayz.localhost'))).toBe(committed);
  });

  it('calls the API in workerd with typed paths, bodies and answers', async () => {
    const client = createClient<paths>({
      baseUrl: apiBase,
      headers: { authorization: `Bearer ${t.token}` },
      fetch: async (req: Request) =>
        edge.fetch(req.url, {
          method: req.method,
          headers: req.headers,
          body: req.method === 'GET' ? undefined : await req.text(),
        }),
    });
    const me = await client.GET('/me');
    expect(me.data?.data.organization.id).toBe(t.scope.orgId);
    const slug = uniqueSlug('tc');
    const site = await client.POST('/sites', { body: { slug, name: 'Typed' } });
    expect(site.response.status).toBe(201);
    const siteId = site.data!.data.id;
    const block = await client.POST('/sites/{id}/blocks', {
      params: { path: { id: siteId } },
      body: {
        type: 'link',
        data: { title: 'Shop', url: 'example.org/shop' },
        active: true,
        featured: false,
        sensitive: false,
        startsAt: null,
        endsAt: null,
      },
    });
    expect(block.data?.data.data).toMatchObject({ url: 'https://example.org/shop' });
    const list = await client.GET('/sites', { params: { query: { page: 1, per_page: 100 } } });
    expect(list.data?.data.map((s) => s.slug)).toContain(slug);
    expect(list.data?.meta.pagination?.per_page).toBe(100);
    const missing = await client.GET('/sites/{id}', { params: { path: { id: siteId.toUpperCase() } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toBe('not_found');
  });
});
