import type { EdgeHarness } from '@mewayz/testing';

export { buildFixture, type Fixture, fixtureIds, tenantFingerprint } from '@mewayz/testing';

export const apiBase = 'http://mewayz.localhost/api/v1';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are inspected field by field in tests.
  body: any;
  text: string;
}

/** Call the API in workerd; a JSON body is sent as application/json. */
export async function call(
  edge: EdgeHarness,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  }
  const res = await edge.fetch(`${apiBase}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}
