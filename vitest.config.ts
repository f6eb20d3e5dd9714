import { defineConfig } from 'vitest/config';

// One run covers every workspace. The global setup gives the run its own MariaDB database and its
// own gateways on ephemeral ports, so a test run never collides with `npm start` or another run.
export default defineConfig({
  test: {
    include: ['{apps,workers,packages,db}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/build/**', '**/.wrangler/**'],
    globalSetup: ['packages/testing/src/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
