import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '@mewayz/testing/bundle';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Tenant isolation outside the API rests on one boundary: the Workers' and the dashboard's sources
 * hold the deps and call core, but cannot reach the raw database (`DB`/`dbOf` from core's admin entry),
 * forge a tenant (`trustOrgId`) or write queries (drizzle-orm, the schema). This runs the project's
 * real lint configuration over probe files placed where such code would live, so the rule is shown
 * to bite, not just to be written down.
 */
const scratch = mkdtempSync(join(tmpdir(), 'mewayz-lint-'));
copyFileSync(join(repoRoot, 'biome.json'), join(scratch, 'biome.json'));
const biome = join(repoRoot, 'node_modules/.bin/biome');

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(path: string, source: string): { ok: boolean; output: string } {
  mkdirSync(dirname(join(scratch, path)), { recursive: true });
  writeFileSync(join(scratch, path), source);
  const run = spawnSync(biome, ['lint', '--vcs-enabled=false', '--max-diagnostics=50', path], {
    cwd: scratch,
    encoding: 'utf8',
  });
  rmSync(join(scratch, path));
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const probe = (imports: string, from: string) =>
  `import { ${imports} } from '${from}';\n\nexport const probe = [${imports}];\n`;

describe('the raw database stays inside core', () => {
  const handlerSources = ['apps/dashboard/app/routes/probe.tsx', 'workers/edge/src/api/routes/probe.ts'];

  for (const path of handlerSources) {
    it(`${path.split('/')[0]}: no DB handle, no forged tenant, no queries`, () => {
      for (const [imports, from] of [
        ['dbOf', '@mewayz/core/admin'],
        ['trustOrgId', '@mewayz/core/admin'],
        ['eq', 'drizzle-orm'],
        ['sites', '@mewayz/db/schema'],
      ] as const) {
        const result = lint(path, probe(imports, from));
        expect(result.ok, `${imports} from ${from} in ${path}`).toBe(false);
        expect(result.output).toContain('noRestrictedImports');
      }
    });
  }

  it('jobs may run unscoped core work but not hold the database', () => {
    expect(lint('workers/jobs/src/probe.ts', probe('applyRetention', '@mewayz/core/admin')).ok).toBe(true);
    const handle = lint('workers/jobs/src/probe.ts', probe('dbOf', '@mewayz/core/admin'));
    expect(handle.ok).toBe(false);
    expect(handle.output).toContain('the raw database stays inside core');
  });

  it('tests, seeds and the CLI may use it', () => {
    for (const path of [
      'packages/testing/src/probe.ts',
      'packages/cli/src/probe.ts',
      'workers/edge/test/x.test.ts',
    ]) {
      const result = lint(path, probe('dbOf', '@mewayz/core/admin'));
      expect(result.ok, `${path}: ${result.output}`).toBe(true);
    }
  });
});

describe('an OrgId is minted in one place', () => {
  it('no source casts a string to OrgId except trustOrgId', () => {
    const casts = spawnSync('git', ['grep', '-n', '-E', 'as (unknown as )?OrgId\\b', '--', '*.ts', '*.tsx'], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
      .stdout.split('\n')
      .filter((line) => line && !line.startsWith('packages/core/src/tenancy/org-id.ts:'));
    expect(casts).toEqual([]);
  });
});
