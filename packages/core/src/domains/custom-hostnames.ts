/**
 * Custom hostnames through Cloudflare for SaaS: Cloudflare terminates TLS for a creator's own domain
 * (it issues and renews the certificate) once the hostname is registered on our zone. Locally and in
 * tests the same HTTP API is answered by the stand-in in `packages/devstack`.
 */

/** Certificate states Cloudflare reports (`ssl.status`); `active` is the only one that serves HTTPS. */
export type CertificateStatus =
  | 'initializing'
  | 'pending_validation'
  | 'pending_issuance'
  | 'pending_deployment'
  | 'active'
  | 'pending_deletion'
  | 'deleted'
  | 'expired'
  | 'validation_timed_out'
  | 'issuance_timed_out'
  | (string & {});

/** A record the creator may add so Cloudflare can verify ownership or validate the certificate early. */
export interface HostnameRecord {
  type: 'TXT';
  name: string;
  value: string;
}

export interface CustomHostnameState {
  id: string;
  hostname: string;
  /** The hostname's own state (`pending`, `active`, `moved`, `blocked`, …). */
  status: string;
  certificateStatus: CertificateStatus;
  /** Ownership verification and certificate validation records, when Cloudflare asks for any. */
  records: HostnameRecord[];
  /** What Cloudflare says is wrong (validation or verification errors), joined; null when nothing. */
  error: string | null;
}

/** Create, read and delete custom hostnames; implementations: Cloudflare's API (or its stand-in). */
export interface CustomHostnames {
  create(hostname: string): Promise<CustomHostnameState>;
  get(id: string): Promise<CustomHostnameState>;
  /** Delete; a hostname that is already gone counts as deleted. */
  delete(id: string): Promise<void>;
}

export class CustomHostnameApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly codes: number[] = [],
  ) {
    super(message);
  }
}

/** Cloudflare's "Duplicate custom hostname found." */
const duplicateHostname = 1406;

interface ApiHostname {
  id: string;
  hostname: string;
  status?: string;
  ssl?: {
    status?: string;
    validation_records?: { txt_name?: string; txt_value?: string }[];
    validation_errors?: { message: string }[];
  };
  ownership_verification?: { type?: string; name?: string; value?: string };
  verification_errors?: string[];
}

function toState(h: ApiHostname): CustomHostnameState {
  const records: HostnameRecord[] = [];
  const ov = h.ownership_verification;
  if (ov?.type === 'txt' && ov.name && ov.value)
    records.push({ type: 'TXT', name: ov.name, value: ov.value });
  for (const r of h.ssl?.validation_records ?? [])
    if (r.txt_name && r.txt_value) records.push({ type: 'TXT', name: r.txt_name, value: r.txt_value });
  const errors = [
    ...(h.ssl?.validation_errors ?? []).map((e) => e.message),
    ...(h.verification_errors ?? []),
  ];
  return {
    id: h.id,
    hostname: h.hostname,
    status: h.status ?? 'pending',
    certificateStatus: h.ssl?.status ?? 'initializing',
    records,
    error: errors.length ? errors.join('; ').slice(0, 255) : null,
  };
}

export interface CloudflareCustomHostnamesOptions {
  zoneId: string;
  apiToken: string;
  /** `https://api.cloudflare.com/client/v4` in production; the local stand-in's URL elsewhere. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** The Cloudflare API (`/zones/{zone_id}/custom_hostnames`), certificates validated over HTTP (DV). */
export function cloudflareCustomHostnames(opts: CloudflareCustomHostnamesOptions): CustomHostnames {
  const base = `${(opts.baseUrl ?? 'https://api.cloudflare.com/client/v4').replace(/\/+$/, '')}/zones/${encodeURIComponent(opts.zoneId)}/custom_hostnames`;
  const doFetch = opts.fetch ?? fetch;
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${opts.apiToken}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json().catch(() => null)) as {
      success?: boolean;
      errors?: { code: number; message: string }[];
      result?: T;
    } | null;
    if (!res.ok || !json?.success) {
      const errors = json?.errors ?? [];
      const detail = errors.map((e) => `${e.code}: ${e.message}`).join('; ') || `HTTP ${res.status}`;
      throw new CustomHostnameApiError(
        `custom hostname API ${method} failed (${detail})`,
        res.status,
        errors.map((e) => e.code),
      );
    }
    return json.result as T;
  }
  return {
    async create(hostname) {
      try {
        return toState(
          await call<ApiHostname>('POST', '', { hostname, ssl: { method: 'http', type: 'dv' } }),
        );
      } catch (err) {
        // Registered before (a retry after a lost answer): adopt the existing one.
        if (!(err instanceof CustomHostnameApiError) || !err.codes.includes(duplicateHostname)) throw err;
        const found = await call<ApiHostname[]>('GET', `?${new URLSearchParams({ hostname })}`);
        const existing = found.find((h) => h.hostname === hostname);
        if (!existing) throw err;
        return toState(existing);
      }
    },
    async get(id) {
      return toState(await call<ApiHostname>('GET', `/${encodeURIComponent(id)}`));
    },
    async delete(id) {
      try {
        await call('DELETE', `/${encodeURIComponent(id)}`);
      } catch (err) {
        if (err instanceof CustomHostnameApiError && err.status === 404) return;
        throw err;
      }
    },
  };
}

/**
 * Pick the adapter from a Worker's vars: `CUSTOM_HOSTNAMES=cloudflare|local|off` (unset: off), with
 * `CF_ZONE_ID`, `CF_API_TOKEN` and `CUSTOM_HOSTNAMES_API_URL` (the local stand-in's URL for `local`).
 */
export function customHostnamesFromVars(vars: Record<string, unknown>): CustomHostnames | null {
  const str = (k: string) => (typeof vars[k] === 'string' && vars[k] ? (vars[k] as string) : undefined);
  const mode = str('CUSTOM_HOSTNAMES') ?? 'off';
  if (mode === 'off') return null;
  if (mode !== 'cloudflare' && mode !== 'local')
    throw new Error(`CUSTOM_HOSTNAMES must be cloudflare, local or off (got ${mode})`);
  const zoneId = str('CF_ZONE_ID') ?? (mode === 'local' ? 'local-zone' : undefined);
  const apiToken = str('CF_API_TOKEN') ?? (mode === 'local' ? 'local-token' : undefined);
  const baseUrl = str('CUSTOM_HOSTNAMES_API_URL');
  if (!zoneId || !apiToken) throw new Error('CUSTOM_HOSTNAMES=cloudflare needs CF_ZONE_ID and CF_API_TOKEN');
  if (mode === 'local' && !baseUrl) throw new Error('CUSTOM_HOSTNAMES=local needs CUSTOM_HOSTNAMES_API_URL');
  return cloudflareCustomHostnames({ zoneId, apiToken, baseUrl });
}
