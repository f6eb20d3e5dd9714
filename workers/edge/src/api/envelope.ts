import type { ErrorDetail } from '@mewayz/core';
import type { Context } from 'hono';
import type { ApiEnv } from './api-env.ts';

export interface PaginationMeta {
  current_page: number;
  per_page: number;
  total: number;
  total_pages: number;
}

function meta(c: Context<ApiEnv>, pagination?: PaginationMeta) {
  return {
    ...(pagination ? { pagination } : {}),
    timestamp: new Date().toISOString(),
    request_id: c.get('requestId') ?? 'req_unknown',
  };
}

/** The success envelope of the product spec around `data`. */
export function ok<T>(
  c: Context<ApiEnv>,
  data: T,
  message = 'Request completed successfully.',
  pagination?: PaginationMeta,
) {
  return { success: true as const, message, data, meta: meta(c, pagination) };
}

/** A page of items in the envelope, with the spec's pagination meta. */
export function okPage<T>(
  c: Context<ApiEnv>,
  page: { items: T[]; total: number },
  query: { page: number; per_page: number },
) {
  return ok(c, page.items, 'Request completed successfully.', {
    current_page: query.page,
    per_page: query.per_page,
    total: page.total,
    total_pages: Math.ceil(page.total / query.per_page),
  });
}

/** The error envelope: `{ success: false, message, error: { code, details }, meta }`. */
export function errorBody(c: Context<ApiEnv>, code: string, message: string, details: ErrorDetail[] = []) {
  return { success: false as const, message, error: { code, details }, meta: meta(c) };
}

/** Convert API query pagination to the services' shape. */
export function pageOf(query: { page: number; per_page: number }) {
  return { page: query.page, perPage: query.per_page };
}

/** A keyset page in the envelope: `meta.cursor.next` fetches the following page (null on the last). */
export function okCursor<T>(c: Context<ApiEnv>, page: { items: T[]; next: string | null; total: number }) {
  return {
    ...ok(c, page.items),
    meta: { ...meta(c), cursor: { next: page.next, total: page.total } },
  };
}
