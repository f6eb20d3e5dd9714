import { OpenAPIHono } from '@hono/zod-openapi';
import type { EdgeEnv } from '../env.ts';

/** The REST API v1 (placeholder while the routes are being built). */
export const apiApp = new OpenAPIHono<{ Bindings: EdgeEnv }>();
