import type { ServerBuild } from '@remix-run/cloudflare';
// @ts-expect-error the build exists once `remix vite:build` has run
import * as build from './build/server';
import { dashboardWorker } from './worker.ts';

/** The dashboard Worker: Remix SSR; static assets are served by the assets binding before this runs. */
export default dashboardWorker(build as unknown as ServerBuild);
