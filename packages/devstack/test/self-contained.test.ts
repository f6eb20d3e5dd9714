import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('the repository is self-contained', () => {
  it('no tracked file points at documents outside the clone', () => {
    // Built from parts so this file does not match itself.
    const outside = ['..', 'shared', ''].join('/');
    let hits = '';
    try {
      hits = execFileSync('git', ['grep', '-n', '-F', outside, '--', '.'], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
    } catch (err) {
      // git grep exits 1 when nothing matches.
      if ((err as { status?: number }).status !== 1) throw err;
    }
    expect(hits).toBe('');
  });
});
