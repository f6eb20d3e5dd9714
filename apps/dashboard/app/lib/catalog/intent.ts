import type { Submission, SubmissionResult } from '@conform-to/react';
import type { commerceService } from '@mewayz/core';
import type { DashboardDeps } from '../env.server.ts';
import type { OrgContext } from '../tenant.server.ts';

export type ProductView = Awaited<ReturnType<typeof commerceService.getProduct>>;

/** What one product-editor intent gets: the CSRF-checked form, the member and the product (this workspace's). */
export interface CatalogIntentArgs {
  form: FormData;
  ctx: OrgContext;
  deps: DashboardDeps;
  product: ProductView;
}

/**
 * An intent's answer. `targetId` names the variant or image a form belongs to (several forms on
 * the page share an intent); `focus` is the control to give the focus back to once the page has
 * redrawn (a move button that travelled with its row); `result` is the Conform reply of its form.
 */
export interface CatalogOutcome {
  ok: boolean;
  message: string;
  targetId?: string;
  focus?: string;
  result?: SubmissionResult<string[]>;
}

export type CatalogIntent = (args: CatalogIntentArgs) => Promise<CatalogOutcome>;

/** The answer an action sends back to the page. */
export interface CatalogResult extends CatalogOutcome {
  intent: string;
}

/** A form the schema refused: its errors, and what was typed (for the page drawn without JavaScript). */
export function notValid(submission: Submission<unknown>, targetId?: string): CatalogOutcome {
  return { ok: false, message: 'Check the highlighted fields.', targetId, result: submission.reply() };
}

/** The Conform reply of one form among several that share an intent (`targetId`: its item, or `new`). */
export function replyFor(r: CatalogResult | undefined, intent: string, targetId: string) {
  return r && r.intent === intent && r.targetId === targetId ? r.result : undefined;
}
