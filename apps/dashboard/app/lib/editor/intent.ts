import type { SubmissionResult } from '@conform-to/react';
import type { DashboardDeps } from '../env.server.ts';
import type { OrgContext } from '../tenant.server.ts';

/** What one editor intent gets: the CSRF-checked form, the member's context and the site. */
export interface IntentArgs {
  form: FormData;
  ctx: OrgContext;
  deps: DashboardDeps;
  siteId: string;
  blockId?: string;
}

/** An intent's answer; on failure, Conform's submission result carries the field errors. */
export type IntentOutcome =
  | { ok: true; message: string }
  | { ok: false; message: string; submission: SubmissionResult<string[]> };

export type Intent = (args: IntentArgs) => Promise<IntentOutcome>;
