import { defineConfig } from 'vitest/config';

// Lets the renderer's pure tests run on their own (`npx vitest run --root packages/render`), without the
// workspace-wide global setup (databases, gateways) that the root config starts.
export default defineConfig({
  test: { include: ['test/**/*.test.{ts,tsx}'] },
});
