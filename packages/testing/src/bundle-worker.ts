import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The entries test files start in workerd; the global setup bundles each once per run. */
export const testedWorkerEntries = [
  'workers/edge/src/index.ts',
  'workers/jobs/src/index.ts',
  'workers/jobs/test/chaos-worker.ts',
];

const built = new Map<string, Promise<string>>();

/**
 * Bundle a Worker entry the way wrangler does (ESM, workerd conditions) into a temp file, once per
 * process. Returns the bundle's path for Miniflare's `scriptPath`.
 */
export function bundleWorker(entry: string): Promise<string> {
  let p = built.get(entry);
  if (!p) {
    p = (async () => {
      const outfile = join(mkdtempSync(join(tmpdir(), 'mewayz-worker-')), 'index.js');
      await build({
        entryPoints: [join(repoRoot, entry)],
        outfile,
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        conditions: ['workerd', 'worker', 'browser'],
        external: ['cloudflare:*', 'node:*'],
        sourcemap: 'inline',
        // Line mappings only: the sources' text would double the bundle workerd loads at every start.
        sourcesContent: false,
        logLevel: 'error',
      });
      return outfile;
    })();
    built.set(entry, p);
  }
  return p;
}
