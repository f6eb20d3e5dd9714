import { AppError } from '@mewayz/core';
import { data } from '@remix-run/cloudflare';
import type { DashboardDeps } from '../env.server.ts';
import type { OrgContext } from '../tenant.server.ts';
import { appErrorOutcome } from './conform.server.ts';
import type { Intent, IntentOutcome } from './intent.ts';
import {
  addBlockIntent,
  deleteBlockIntent,
  reorderIntent,
  updateBlockIntent,
} from './intents/blocks.server.ts';
import { profileIntent } from './intents/profile.server.ts';
import { publishIntent } from './intents/publish.server.ts';
import { seoIntent } from './intents/seo.server.ts';
import { themeIntent } from './intents/theme.server.ts';
import type { EditorResult } from './result.ts';
import { loadEditorState } from './state.server.ts';

const intents: Record<string, Intent> = {
  profile: profileIntent,
  theme: themeIntent,
  seo: seoIntent,
  addBlock: addBlockIntent,
  updateBlock: updateBlockIntent,
  deleteBlock: deleteBlockIntent,
  reorder: reorderIntent,
  move: reorderIntent,
  publish: publishIntent,
};

/**
 * Run one editor intent and answer with its outcome and the editor's state after it, so the page
 * shows the change at once (422 when the input was refused; the state is still the current one).
 */
export async function runEditorIntent(
  deps: DashboardDeps,
  ctx: OrgContext,
  siteId: string,
  form: FormData,
  intent: string,
) {
  const run = intents[intent];
  if (!run) throw new Response('Unknown action.', { status: 400 });
  try {
    const blockId = String(form.get('blockId') ?? '') || undefined;
    let outcome: IntentOutcome;
    try {
      outcome = await run({ form, ctx, deps, siteId, blockId });
    } catch (err) {
      outcome = appErrorOutcome(err);
    }
    const state = await loadEditorState(deps, ctx, siteId);
    const result: EditorResult = {
      ok: outcome.ok,
      intent,
      message: outcome.message,
      blockId,
      submission: outcome.ok ? undefined : outcome.submission,
      state,
    };
    return data(result, { status: outcome.ok ? 200 : 422 });
  } catch (err) {
    // A site or block of another workspace (or none) is the 404 page, as in the loader; a refusal the
    // 403 page. Before, the core's NotFound escaped the action as a 500.
    if (err instanceof AppError && (err.status === 404 || err.status === 403))
      throw new Response(err.message, { status: err.status });
    throw err;
  }
}
