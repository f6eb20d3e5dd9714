import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { currentSession } from '../lib/session.server.ts';

export async function loader({ request, context }: LoaderFunctionArgs) {
  return redirect((await currentSession(request, context)) ? '/sites' : '/sign-in');
}
