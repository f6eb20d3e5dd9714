import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, listen, readBody, secretsEqual, sendJson } from './gateways/http-server.ts';

/**
 * A local stand-in for the part of Cloudflare's API that Cloudflare for SaaS custom hostnames use:
 * `POST/GET /zones/{zone}/custom_hostnames`, `GET/DELETE /zones/{zone}/custom_hostnames/{id}`, with
 * Cloudflare's envelope `{ success, errors, messages, result }`. A new hostname starts `pending` with
 * its certificate in `pending_validation`; the `activateAfterPolls`-th read of it finds both
 * `active`, the way a real one turns active once the creator's CNAME is in place.
 */
export interface CustomHostnamesServerOptions {
  host?: string;
  /** 0 picks a free port (tests); `npm start` uses 3901. */
  port?: number;
  /** The Bearer token callers must send (`CF_API_TOKEN`). */
  apiToken?: string;
  activateAfterPolls?: number;
}

interface Stored {
  id: string;
  zone: string;
  hostname: string;
  status: string;
  polls: number;
  createdAt: string;
  ssl: { id: string; type: 'dv'; method: string; status: string; txtName: string; txtValue: string };
  ownership: { name: string; value: string };
}

const hostnamePattern = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function view(h: Stored) {
  const active = h.ssl.status === 'active';
  return {
    id: h.id,
    hostname: h.hostname,
    status: h.status,
    created_at: h.createdAt,
    ssl: {
      id: h.ssl.id,
      type: h.ssl.type,
      method: h.ssl.method,
      status: h.ssl.status,
      // Cloudflare lists validation records only while the certificate waits for them.
      validation_records: active ? [] : [{ txt_name: h.ssl.txtName, txt_value: h.ssl.txtValue }],
    },
    ownership_verification: { type: 'txt', name: h.ownership.name, value: h.ownership.value },
  };
}

export async function startCustomHostnamesServer(opts: CustomHostnamesServerOptions = {}) {
  const token = opts.apiToken ?? 'local-token';
  const activateAfter = opts.activateAfterPolls ?? 2;
  const byId = new Map<string, Stored>();
  const fail = (res: ServerResponse, status: number, code: number, message: string) =>
    sendJson(res, status, { success: false, errors: [{ code, message }], messages: [], result: null });
  const ok = (res: ServerResponse, result: unknown, extra: Record<string, unknown> = {}) =>
    sendJson(res, 200, { success: true, errors: [], messages: [], result, ...extra });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !secretsEqual(auth.slice(7), token))
      return fail(res, 403, 10000, 'Authentication error');
    const m = url.pathname.match(/^(?:\/client\/v4)?\/zones\/([^/]+)\/custom_hostnames(?:\/([^/]+))?\/?$/);
    if (!m) return fail(res, 404, 7003, 'Could not route to the requested path');
    const zone = decodeURIComponent(m[1]!);
    const id = m[2] ? decodeURIComponent(m[2]) : null;
    const found = id ? byId.get(id) : undefined;
    if (id && (!found || found.zone !== zone)) return fail(res, 404, 1436, 'Custom hostname not found.');

    if (!id && req.method === 'POST') {
      let body: { hostname?: unknown; ssl?: { method?: unknown } };
      try {
        body = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}');
      } catch (err) {
        if (err instanceof BodyTooLargeError) return fail(res, 413, 1001, 'Request body too large');
        return fail(res, 400, 1001, 'Invalid JSON body');
      }
      const hostname = typeof body.hostname === 'string' ? body.hostname.toLowerCase() : '';
      if (!hostnamePattern.test(hostname)) return fail(res, 400, 1409, 'Invalid custom hostname.');
      if ([...byId.values()].some((h) => h.zone === zone && h.hostname === hostname))
        return fail(res, 409, 1406, 'Duplicate custom hostname found.');
      const stored: Stored = {
        id: randomUUID(),
        zone,
        hostname,
        status: 'pending',
        polls: 0,
        createdAt: new Date().toISOString(),
        ssl: {
          id: randomUUID(),
          type: 'dv',
          method: typeof body.ssl?.method === 'string' ? body.ssl.method : 'http',
          status: 'pending_validation',
          txtName: `_acme-challenge.${hostname}`,
          txtValue: randomBytes(16).toString('base64url'),
        },
        ownership: { name: `_cf-custom-hostname.${hostname}`, value: randomUUID() },
      };
      byId.set(stored.id, stored);
      return ok(res, view(stored));
    }
    if (!id && req.method === 'GET') {
      const wanted = url.searchParams.get('hostname');
      const list = [...byId.values()].filter((h) => h.zone === zone && (!wanted || h.hostname === wanted));
      return ok(res, list.map(view), {
        result_info: { page: 1, per_page: list.length, count: list.length, total_count: list.length },
      });
    }
    if (found && req.method === 'GET') {
      found.polls++;
      if (found.polls >= activateAfter) {
        found.status = 'active';
        found.ssl.status = 'active';
      }
      return ok(res, view(found));
    }
    if (found && req.method === 'DELETE') {
      byId.delete(found.id);
      return ok(res, { id: found.id });
    }
    return fail(res, 405, 10405, 'Method not allowed');
  }

  const server = await listen(opts.host ?? '127.0.0.1', opts.port ?? 0, handle, (message) => ({
    success: false,
    errors: [{ code: 10001, message }],
    messages: [],
    result: null,
  }));
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${server.port}/client/v4`,
    apiToken: token,
    /** How many custom hostnames exist (tests check deletion through it). */
    count: () => byId.size,
    close: () => server.close(),
  };
}
export type CustomHostnamesServer = Awaited<ReturnType<typeof startCustomHostnamesServer>>;
