import type { ActionFunctionArgs } from '@remix-run/cloudflare';
import { aiStreamAction } from '../lib/ai.server.ts';

/** The AI assist's answer streamed to the page's script as NDJSON (see `aiStreamAction`). */
export async function action({ request, context }: ActionFunctionArgs) {
  return aiStreamAction(request, context);
}
