import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { webhookSecretsForUrl } from '@mewayz/core/admin';
import { defaultMysqlUrl, migrateDatabase } from '@mewayz/db';
import { startCustomHostnamesServer } from './custom-hostnames-server.ts';
import { ensureDevVars } from './dev-vars.ts';
import { startEmailProviderFake } from './email-provider-fake.ts';
import { checkUpstreams, startGateways } from './gateways/index.ts';
import { standinModel, startOpenAIStandin } from './openai/openai-standin.ts';
import { localIdentityDeps, seedDemo } from './seed.ts';
import { startSocialStandin } from './social/social-standin.ts';
import { startStripeStandin } from './stripe/stripe-standin.ts';
import { type SupervisedProcess, Supervisor } from './supervisor.ts';
import { startWebhookReceiver } from './webhook-receiver.ts';

/**
 * `npm start`: everything local in one command — checks MariaDB/Redis, migrates, starts the
 * gateways and the Cloudflare and Stripe stand-ins, writes local secrets, seeds the demo tenant, builds the
 * dashboard, runs the Workers (restarting one that dies), prints the URLs. Ctrl-C stops everything
 * it started.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const mysqlUrl = process.env.MYSQL_URL ?? defaultMysqlUrl;
const supervisors: Supervisor[] = [];
// One local state directory for both wrangler processes, so the R2 bucket the dashboard uploads
// avatars to is the one the edge serves them from.
const persistDir = `${root}.wrangler/state`;
let closing = false;

const wranglerEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  FORCE_COLOR: '0',
};

async function runOnce(name: string, cmd: string, args: string[], cwd: string) {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: wranglerEnv, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed with exit code ${code}`)),
    );
  });
}

/** Poll `url` until it answers (true) or `gaveUp()` says to stop waiting (false). */
async function waitForHttp(url: string, host: string, gaveUp: () => boolean, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (gaveUp()) return false;
    try {
      const res = await fetch(url, { headers: { host }, redirect: 'manual' });
      if (res.status < 500) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * A `wrangler dev` process kept alive by a supervisor: one that dies (workerd or esbuild crashing
 * under load, a failed first start on a busy machine) is started again after a pause, instead of
 * taking the whole stack down; a crash loop ends `npm start` with the reason.
 */
function supervise(name: string, args: string[], url: string, host: string): Supervisor {
  const sup = new Supervisor({
    name,
    spawn: () => {
      // Its own process group: `.bin/wrangler` runs wrangler's CLI as a child, which runs workerd. When
      // any of them dies the whole group goes, so no orphan keeps the port the restart needs.
      const child = spawn(`${root}node_modules/.bin/wrangler`, args, {
        cwd: root,
        env: wranglerEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      const killGroup = (signal: NodeJS.Signals) => {
        try {
          if (child.pid) process.kill(-child.pid, signal);
          return true;
        } catch {
          return false; // the group is gone already
        }
      };
      child.once('exit', () => killGroup('SIGKILL'));
      for (const stream of [child.stdout, child.stderr]) {
        stream?.setEncoding('utf8');
        stream?.on('data', (chunk: string) => {
          for (const line of chunk.split('\n')) if (line.trim()) console.log(`[${name}] ${line}`);
        });
      }
      console.log(`[${name}] started wrangler (pid ${child.pid})`);
      const proc: SupervisedProcess = {
        pid: child.pid,
        get exitCode() {
          return child.exitCode;
        },
        get signalCode() {
          return child.signalCode;
        },
        kill: killGroup,
        once: (event, listener) => child.once(event, listener),
      };
      return proc;
    },
    ready: (exited) => waitForHttp(url, host, () => closing || exited()),
    log: (line) => console.error(`[${name}] ${line}`),
    onGiveUp: () => void shutdown(1),
  });
  supervisors.push(sup);
  return sup;
}

let gateways: Awaited<ReturnType<typeof startGateways>> | null = null;
let standIn: Awaited<ReturnType<typeof startCustomHostnamesServer>> | null = null;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | null = null;
let stripe: Awaited<ReturnType<typeof startStripeStandin>> | null = null;
let emailFake: Awaited<ReturnType<typeof startEmailProviderFake>> | null = null;
let campaignTicker: ReturnType<typeof setInterval> | null = null;
// `STRIPE_STANDIN=off` leaves the stand-in out: the Workers then call Stripe's test mode with the
// key and `stripe listen` secret the developer put in .dev.vars (docs/stripe-standin.md).
const stripeStandinOn = process.env.STRIPE_STANDIN !== 'off';
const stripePort = Number(process.env.STRIPE_STANDIN_PORT ?? 3903);
const stripeWebhookUrl = 'http://mewayz.localhost:8787/webhooks/stripe';
let openai: Awaited<ReturnType<typeof startOpenAIStandin>> | null = null;
let social: Awaited<ReturnType<typeof startSocialStandin>> | null = null;
// `SOCIAL_STANDIN=off` leaves the social networks' stand-in out (then point the SOCIAL_* vars at real apps).
const socialStandinOn = process.env.SOCIAL_STANDIN !== 'off';
const socialPort = Number(process.env.SOCIAL_STANDIN_PORT ?? 3906);
// `OPENAI_STANDIN=off` leaves it out: the dashboard then calls the OPENAI_* provider the developer put
// in .dev.vars (real OpenAI or any compatible server; docs/openai-standin.md), or reports AI as not set up.
const openaiStandinOn = process.env.OPENAI_STANDIN !== 'off';
const openaiPort = Number(process.env.OPENAI_STANDIN_PORT ?? 3904);

async function shutdown(code: number) {
  if (closing) return;
  closing = true;
  if (campaignTicker) clearInterval(campaignTicker);
  await Promise.all(supervisors.map((s) => s.stop()));
  await Promise.all(
    [
      gateways?.close(),
      standIn?.close(),
      receiver?.close(),
      stripe?.close(),
      openai?.close(),
      social?.close(),
      emailFake?.close(),
    ].map((p) => p?.catch(() => {})),
  );
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await checkUpstreams({ mysqlUrl });
  await migrateDatabase(mysqlUrl);
  console.log('✓ database migrated');
  gateways = await startGateways({ mysqlUrl });
  console.log(
    `✓ gateways: PlanetScale HTTP ${gateways.psdbUrl.replace(/\/\/[^@]*@/, '//')}, Upstash REST ${gateways.redisUrl}`,
  );
  standIn = await startCustomHostnamesServer({
    port: Number(process.env.CUSTOM_HOSTNAMES_PORT ?? 3901),
    apiToken: 'local-token',
  });
  console.log(`✓ Cloudflare custom hostnames stand-in: ${standIn.url}`);
  // The Workers' secrets: generated on first run into git-ignored .dev.vars files, kept afterwards.
  const devVars = ensureDevVars(root, {
    databaseUrl: gateways.psdbUrl,
    redisUrl: gateways.redisUrl,
    redisToken: gateways.redisToken,
    stripeApiUrl: stripeStandinOn ? `http://127.0.0.1:${stripePort}` : undefined,
    openai: openaiStandinOn
      ? { baseUrl: `http://127.0.0.1:${openaiPort}/v1`, model: standinModel }
      : undefined,
  });
  console.log('✓ local secrets: .dev.vars, workers/jobs/.dev.vars, apps/dashboard/.dev.vars');
  // The email providers' fake (Resend and Elastic Email APIs). Mail still goes to the dev outbox unless
  // EMAIL_PROVIDER=resend (RESEND_API_KEY=re_local_fake, RESEND_API_URL=<this>) is set in the .dev.vars.
  // Its Elastic Email notifications (`POST /__fake/elastic/notify`) go to the edge like Elastic's would.
  emailFake = await startEmailProviderFake({
    port: Number(process.env.EMAIL_FAKE_PORT ?? 3905),
    elasticNotificationUrl: `http://mewayz.localhost:8787/webhooks/email/elastic/${devVars.edge.ELASTIC_EMAIL_WEBHOOK_TOKEN}`,
  });
  console.log(`✓ email provider fake: ${emailFake.url} (accepted mail at /__fake/messages)`);
  if (stripeStandinOn) {
    // It takes the key the Workers call with and signs events with the secret the edge verifies.
    stripe = await startStripeStandin({
      port: stripePort,
      webhookUrl: stripeWebhookUrl,
      webhookSecret: devVars.edge.STRIPE_WEBHOOK_SECRET,
      apiKey: devVars.edge.STRIPE_SECRET_KEY,
      log: (line) => console.log(`[stripe] ${line}`),
    });
    console.log(`✓ Stripe stand-in: ${stripe.url} (events → ${stripeWebhookUrl})`);
  }
  if (openaiStandinOn) {
    openai = await startOpenAIStandin({
      port: openaiPort,
      apiKey: devVars.dashboard.OPENAI_API_KEY,
      log: (line) => console.log(`[openai] ${line}`),
    });
    console.log(
      `✓ OpenAI stand-in: ${openai.baseUrl} (deterministic answers; faults under /__standin/faults)`,
    );
  }
  if (socialStandinOn) {
    social = await startSocialStandin({ port: socialPort, log: (line) => console.log(`[social] ${line}`) });
    console.log(
      `✓ social networks stand-in: ${social.url} (X, Bluesky, Mastodon, Instagram; posts at /__fake/posts)`,
    );
  }
  // The seed encrypts with the key the Workers decrypt with.
  process.env.ENCRYPTION_KEYS = devVars.edge.ENCRYPTION_KEYS;
  const seeded = await seedDemo({
    databaseUrl: gateways.psdbUrl,
    redisUrl: gateways.redisUrl,
    redisToken: gateways.redisToken,
    socialStandinUrl: social?.url,
  });
  console.log(`✓ demo tenant: ${seeded.summary}`);
  // The webhook receiver checks signatures with the endpoints' own secrets, read like the jobs Worker does.
  const target = {
    databaseUrl: gateways.psdbUrl,
    redisUrl: gateways.redisUrl,
    redisToken: gateways.redisToken,
  };
  const receiverDeps = localIdentityDeps(target);
  receiver = await startWebhookReceiver({
    port: Number(process.env.WEBHOOK_RECEIVER_PORT ?? 3902),
    secretsFor: (url) => webhookSecretsForUrl(receiverDeps, url),
  });
  console.log(`✓ webhook receiver: ${receiver.url} (the demo workspace's endpoint posts to /mewayz)`);
  await runOnce('dashboard build', 'node_modules/.bin/remix', ['vite:build'], `${root}apps/dashboard`);
  const common = ['--ip', '127.0.0.1', '--log-level', 'warn', '--persist-to', persistDir];
  // One after the other: both keep local state (R2, cache, queues) in SQLite under one --persist-to
  // directory, and two runtimes opening it at the same moment fail with SQLITE_BUSY.
  await supervise(
    'edge+jobs',
    [
      'dev',
      '-c',
      'wrangler.toml',
      '-c',
      'workers/jobs/wrangler.toml',
      '--port',
      '8787',
      '--inspector-port',
      '9230',
      ...common,
    ],
    'http://127.0.0.1:8787/',
    'alice.mewayz.localhost',
  ).start();
  if (closing) await new Promise<never>(() => {});
  await supervise(
    'dashboard',
    ['dev', '-c', 'apps/dashboard/wrangler.toml', '--port', '8788', '--inspector-port', '9231', ...common],
    'http://127.0.0.1:8788/',
    'app.mewayz.localhost',
  ).start();
  // wrangler dev fires no crons: ask the edge to do the campaign cron's work every 15 seconds.
  campaignTicker = setInterval(() => {
    fetch('http://127.0.0.1:8787/__internal/campaigns/tick', {
      method: 'POST',
      headers: {
        host: 'mewayz.localhost',
        'x-internal-secret': devVars.edge.INTERNAL_SECRET,
        'content-type': 'application/json',
      },
      body: '{}',
    }).catch(() => {});
  }, 15_000);
  console.log(`
Mewayz is running.
  Demo site     http://alice.mewayz.localhost:8787/
  Landing + API http://mewayz.localhost:8787/  (REST: http://mewayz.localhost:8787/api/v1, docs: /api/v1/docs)
  Dashboard     http://app.mewayz.localhost:8788/   (sign in as demo@mewayz.test / ${seeded.password})
  Gateways      PlanetScale HTTP 127.0.0.1:3900, Upstash REST 127.0.0.1:8079
  Cloudflare    custom hostnames API stand-in ${standIn.url}
  Webhooks      test receiver ${receiver.url} (deliveries listed there; /fail/500, /flaky/2, /hang to try retries)
  AI assist     ${openai ? `OpenAI stand-in ${openai.baseUrl} (try "standin:429", "standin:slow", "standin:flag" in a prompt)` : 'the OPENAI_* provider in apps/dashboard/.dev.vars (OPENAI_STANDIN=off)'}
  Email         dev outbox (campaigns start within 15 s of "send now"); provider fake ${emailFake.url}/__fake/messages
  Social        ${social ? `stand-in ${social.url} (connect X, Bluesky, Mastodon at ${social.url}/mastodon, Instagram; published posts at ${social.url}/__fake/posts)` : 'the SOCIAL_* apps in the .dev.vars (SOCIAL_STANDIN=off)'}
  Stripe        ${stripe ? `stand-in ${stripe.url} (card 4242 4242 4242 4242; events → ${stripeWebhookUrl}, listed at ${stripe.url}/__standin/events)` : "Stripe's test mode (STRIPE_STANDIN=off)"}
A Worker runtime that dies is started again (pause doubling from 0.5 s; more than 5 restarts within 60 s
stop everything). Ctrl-C stops everything.`);
} catch (err) {
  console.error(`\nnpm start failed: ${(err as Error).message}`);
  await shutdown(1);
}
