import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '@mewayz/testing/bundle';
import { describe, expect, it } from 'vitest';

/**
 * The rule "every change to what a host serves goes through go-live" (packages/core/src/cache/go-live.ts)
 * as a check over the sources: served state is written, and edge caches purged, only there. Write-backs
 * of what MySQL already holds (SET NX) are reads, not changes, and stay where the reads are.
 */
const rules: { pattern: RegExp; allowedIn: string[]; why: string }[] = [
  {
    pattern: /\.purgeHosts\(/,
    allowedIn: [
      'packages/core/src/cache/go-live.ts',
      // The edge's internal endpoint: the far half of a purge that go-live started in another Worker.
      'workers/edge/src/root-app.ts',
    ],
    why: 'purge only through go-live (it also waits out the edge’s reuse window)',
  },
  {
    pattern: /\b(writeSnapshot|deleteSnapshots|cacheShortLink|uncacheShortLink)\(/,
    allowedIn: [
      'packages/core/src/cache/go-live.ts',
      'packages/core/src/sites/snapshot-store.ts',
      'packages/core/src/links/lookup.ts',
      // Write-backs on a miss (SET NX): they never replace what a change wrote.
      'packages/core/src/sites/load-for-host.ts',
    ],
    why: 'change what a host serves only through go-live',
  },
];

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'build', 'build-test', '.wrangler', 'test-artifacts', '.turbo'].includes(name))
      continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.includes('/test/')) out.push(path);
  }
  return out;
}

describe('go-live owns every change to what a host serves', () => {
  const files = ['packages', 'workers', 'apps', 'scripts'].flatMap((d) => sources(join(repoRoot, d)));

  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((f) => relative(repoRoot, f))).toContain('packages/core/src/cache/go-live.ts');
  });

  for (const rule of rules) {
    it(`${rule.pattern} appears only where allowed: ${rule.why}`, () => {
      const offenders = files
        .map((f) => relative(repoRoot, f))
        .filter((f) => !rule.allowedIn.includes(f))
        .filter((f) => rule.pattern.test(readFileSync(join(repoRoot, f), 'utf8')));
      expect(offenders).toEqual([]);
    });
  }
});
