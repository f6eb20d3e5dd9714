import { cloudflareDevProxyVitePlugin, vitePlugin as remix } from '@remix-run/dev';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

declare module '@remix-run/cloudflare' {
  interface Future {
    v3_singleFetch: true;
  }
}

/** Framework code every page needs, in chunks of its own that stay cached across deploys of the app. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
  if (/\/node_modules\/(@remix-run|react-router|react-router-dom|turbo-stream)\//.test(id)) return 'remix';
  return undefined;
}

export default defineConfig(({ command, isSsrBuild }) => {
  // A build is a production build even when the caller's NODE_ENV says otherwise: vitest exports
  // NODE_ENV=test to the e2e build it spawns, and Vite then bundled React's development build
  // (450 KB instead of 260 KB, several times the main-thread work) — the editor's Lighthouse figures.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    plugins: [
      cloudflareDevProxyVitePlugin(),
      remix({
        // The end-to-end tests build elsewhere (DASHBOARD_BUILD_DIR), so a running `npm start` keeps its build.
        buildDirectory: process.env.DASHBOARD_BUILD_DIR ?? 'build',
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
        },
      }),
      tailwindcss(),
    ],
    ssr: { resolve: { conditions: ['workerd', 'worker', 'browser'] } },
    resolve: { mainFields: ['browser', 'module', 'main'] },
    build: {
      minify: true,
      target: 'es2022',
      rollupOptions: isSsrBuild ? {} : { output: { manualChunks: vendorChunk } },
    },
  };
});
