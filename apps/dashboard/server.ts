import { createRequestHandler, type ServerBuild } from '@remix-run/cloudflare';
// @ts-expect-error the build exists once `remix vite:build` has run
import * as build from './build/server';

const handleRemixRequest = createRequestHandler(build as unknown as ServerBuild);

/** The dashboard Worker: Remix SSR; static assets are served by the assets binding before this runs. */
export default {
  async fetch(request, env, ctx) {
    return handleRemixRequest(request, { cloudflare: { env, ctx, cf: request.cf } } as never);
  },
} satisfies ExportedHandler<Record<string, unknown>>;
