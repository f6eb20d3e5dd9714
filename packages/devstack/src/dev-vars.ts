import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Local secrets live in `.dev.vars` files (git-ignored), one next to each Worker's wrangler.toml,
 * which is where `wrangler dev` looks for them. `npm start` writes them on first run with freshly
 * generated values and keeps them afterwards, so sessions, encrypted columns and visitor hashes
 * survive restarts; the connection values follow the gateways of the current run.
 */

/** Where each Worker's config (and so its `.dev.vars`) lives, relative to the repository root. */
export const workerConfigDirs = { edge: '.', jobs: 'workers/jobs', dashboard: 'apps/dashboard' } as const;
export type WorkerName = keyof typeof workerConfigDirs;

export interface DevConnection {
  databaseUrl: string;
  redisUrl: string;
  redisToken: string;
  /**
   * The Stripe stand-in's URL (`STRIPE_API_URL`). Left out, the Workers talk to Stripe itself: the
   * `STRIPE_SECRET_KEY` and `STRIPE_WEBHOOK_SECRET` in the edge's `.dev.vars` are then the developer's
   * own test-mode key and `stripe listen` secret, kept as they are.
   */
  stripeApiUrl?: string;
  /**
   * The OpenAI stand-in's base URL (`OPENAI_BASE_URL`, ending in `/v1`) and model. Left out, the
   * dashboard and edge keep the OPENAI_* values the developer put in their `.dev.vars` (real OpenAI or
   * any compatible server), minus the stand-in's own local URL and key.
   */
  openai?: { baseUrl: string; model: string };
}

/** `KEY=value` lines (values optionally double-quoted, JSON-style); comments and blanks ignored. */
export function parseDevVars(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/);
    if (!m) continue;
    const raw = m[2]!;
    out[m[1]!] = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? JSON.parse(raw) : raw;
  }
  return out;
}

export function formatDevVars(vars: Record<string, string>): string {
  const lines = Object.entries(vars).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `# Local secrets written by \`npm start\` (git-ignored; delete the file for fresh values).\n${lines.join('\n')}\n`;
}

const randomSecret = () => randomBytes(24).toString('base64url');
/** Local Stripe credentials in Stripe's formats; the stand-in accepts this key and signs with this secret. */
const localStripeKey = () => `sk_test_local${randomBytes(24).toString('hex')}`;
const localWebhookSecret = () => `whsec_${randomBytes(24).toString('hex')}`;
/** The stand-in's key: recognisable, so switching the stand-in off drops it instead of sending it to OpenAI. */
const localOpenAIKeyPrefix = 'sk-local-standin-';
const localOpenAIKey = () => `${localOpenAIKeyPrefix}${randomBytes(24).toString('hex')}`;
/** One AES-256-GCM key in the `ENCRYPTION_KEYS` format `<id>:<base64 32 bytes>`. */
const randomEncryptionKeys = () => `k1:${randomBytes(32).toString('base64')}`;

function read(file: string): Record<string, string> {
  return existsSync(file) ? parseDevVars(readFileSync(file, 'utf8')) : {};
}

/**
 * Write the three `.dev.vars` files under `root`: existing secrets are kept, missing ones generated;
 * the dashboard always gets the edge's INTERNAL_SECRET and ENCRYPTION_KEYS (it calls the edge and
 * reads what the edge encrypted), the jobs Worker and the dashboard the edge's STRIPE_SECRET_KEY.
 * STRIPE_API_URL follows `connection.stripeApiUrl` (removed when it is left out), the OPENAI_* vars of the
 * edge and dashboard `connection.openai`. Returns what each
 * Worker now has.
 */
export function ensureDevVars(
  root: string,
  connection: DevConnection,
): Record<WorkerName, Record<string, string>> {
  const file = (w: WorkerName) => join(root, workerConfigDirs[w], '.dev.vars');
  const data = {
    DATABASE_URL: connection.databaseUrl,
    REDIS_URL: connection.redisUrl,
    REDIS_TOKEN: connection.redisToken,
  };
  const edgeBefore = read(file('edge'));
  // Every Worker calls Stripe with the edge's key; only the edge receives Stripe's webhooks.
  const stripe = (vars: Record<string, string>, key: string) => {
    const { STRIPE_API_URL: _url, ...rest } = vars;
    return {
      ...rest,
      STRIPE_SECRET_KEY: key,
      ...(connection.stripeApiUrl ? { STRIPE_API_URL: connection.stripeApiUrl } : {}),
    };
  };
  const openAIKey = edgeBefore.OPENAI_API_KEY?.startsWith(localOpenAIKeyPrefix)
    ? edgeBefore.OPENAI_API_KEY
    : localOpenAIKey();
  // The AI assist runs in the dashboard and the API (edge): both get the same provider settings.
  const openai = <V extends Record<string, string>>(vars: V): V => {
    if (connection.openai)
      return {
        ...vars,
        OPENAI_BASE_URL: connection.openai.baseUrl,
        OPENAI_API_KEY: openAIKey,
        OPENAI_MODEL: connection.openai.model,
      } as V;
    const { OPENAI_BASE_URL: url, OPENAI_API_KEY: key, ...rest } = vars;
    return {
      ...rest,
      ...(url && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url) ? { OPENAI_BASE_URL: url } : {}),
      ...(key && !key.startsWith(localOpenAIKeyPrefix) ? { OPENAI_API_KEY: key } : {}),
    } as V;
  };
  const edge = {
    ...openai(stripe(edgeBefore, edgeBefore.STRIPE_SECRET_KEY || localStripeKey())),
    ...data,
    VISITOR_SALT: edgeBefore.VISITOR_SALT || randomSecret(),
    INTERNAL_SECRET: edgeBefore.INTERNAL_SECRET || randomSecret(),
    ENCRYPTION_KEYS: edgeBefore.ENCRYPTION_KEYS || randomEncryptionKeys(),
    STRIPE_WEBHOOK_SECRET: edgeBefore.STRIPE_WEBHOOK_SECRET || localWebhookSecret(),
    // The secret path of the email fake's Elastic Email notifications (`/webhooks/email/elastic/<this>`).
    ELASTIC_EMAIL_WEBHOOK_TOKEN: edgeBefore.ELASTIC_EMAIL_WEBHOOK_TOKEN || randomSecret(),
  };
  const result: Record<WorkerName, Record<string, string>> = {
    edge,
    // The jobs Worker signs webhooks and mails owners: it reads what the edge encrypted.
    jobs: {
      ...stripe(read(file('jobs')), edge.STRIPE_SECRET_KEY),
      ...data,
      ENCRYPTION_KEYS: edge.ENCRYPTION_KEYS,
    },
    dashboard: {
      ...openai(stripe(read(file('dashboard')), edge.STRIPE_SECRET_KEY)),
      ...data,
      INTERNAL_SECRET: edge.INTERNAL_SECRET,
      ENCRYPTION_KEYS: edge.ENCRYPTION_KEYS,
    },
  };
  for (const w of Object.keys(result) as WorkerName[]) {
    const text = formatDevVars(result[w]);
    const path = file(w);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text, { mode: 0o600 });
  }
  return result;
}

/**
 * The local ENCRYPTION_KEYS for Node tools (seed, operator CLI) that must read what the local
 * Workers encrypted: the edge's `.dev.vars` under `root`.
 */
export function localEncryptionKeys(root = fileURLToPath(new URL('../../../', import.meta.url))): string {
  const keys = read(join(root, workerConfigDirs.edge, '.dev.vars')).ENCRYPTION_KEYS;
  if (!keys)
    throw new Error(
      'no local ENCRYPTION_KEYS: run `npm start` once (it writes .dev.vars) or set ENCRYPTION_KEYS',
    );
  return keys;
}
