import { createRequestHandler, type ServerBuild } from '@remix-run/cloudflare';

/**
 * The dashboard Worker around a Remix server build: SSR for every request the assets binding did not
 * answer. Kept apart from `server.ts` (which imports `./build/server`) so the end-to-end tests can wrap
 * a build of their own without touching the one `npm start` serves.
 */
export function dashboardWorker(build: ServerBuild): ExportedHandler<Record<string, unknown>> {
  const handleRemixRequest = createRequestHandler(build);
  return {
    async fetch(request, env, ctx) {
      return handleRemixRequest(request, { cloudflare: { env, ctx, cf: request.cf } } as never);
    },
  };
}
