/**
 * The dashboard part of `npm run bench:lighthouse`: Lighthouse at desktop and mobile on the sign-in
 * page and, signed in, the sites list, the editor and analytics. It runs the dashboard's Lighthouse
 * file under vitest (which starts the Workers under wrangler with a database of its own) and prints
 * the `lighthouse page=… form=… performance=… goal=…` lines it wrote, then whether every goal was met.
 * `LIGHTHOUSE_PAGES=signIn,sites,editor` limits the pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export async function benchDashboardLighthouse(): Promise<boolean> {
  // The test writes one line per page and form factor; read this run's, whatever vitest's reporter shows.
  const dir = join(process.cwd(), 'test-artifacts', 'lighthouse');
  rmSync(dir, { recursive: true, force: true });
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('node_modules/.bin/vitest', ['run', 'apps/dashboard/e2e/lighthouse.test.ts'], {
      env: { ...process.env, LIGHTHOUSE: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (c) => resolve(c ?? 1));
  });
  const lines = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(dir, f), 'utf8').trim())
    : [];
  for (const l of lines) console.log(l);
  const missed = lines.filter((l) => l.includes(' MISSED '));
  console.log(
    `dashboard goals: performance >= 90 desktop, >= 80 mobile, accessibility >= 95: ${
      lines.length === 0
        ? 'no figures (the run failed)'
        : missed.length
          ? `${missed.length} missed`
          : 'all met'
    }`,
  );
  return code === 0;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = (await benchDashboardLighthouse()) ? 0 : 1;
