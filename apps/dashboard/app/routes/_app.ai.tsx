import { aiService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useState } from 'react';
import { AiAssist } from '../components/ai-assist.tsx';
import { AiUsageCard } from '../components/ai-usage.tsx';
import { Card, PageHeader } from '../components/ui.tsx';
import { aiFormAction } from '../lib/ai.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'AI assist · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  return { usage: await aiService.usage(depsOf(context), ctx.scope), canWrite: ctx.can('sites.edit') };
}

/** A form post without script (from here or from an assist next to a field): the whole answer. */
export async function action({ request, context }: ActionFunctionArgs) {
  const result = await aiFormAction(request, context);
  return data(result, { status: result.ok ? 200 : 422 });
}

export default function AiPage() {
  const { usage, canWrite } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  // Follows each answer written on this page, which does not reload it.
  const [live, setLive] = useState<typeof usage | null>(null);
  return (
    <>
      <PageHeader
        title="AI assist"
        description="Drafts for your bio, links, products, posts and emails. You edit and choose what to use; nothing is published by itself."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Write something">
            {!usage.configured ? (
              <p className="text-sm text-slate-700">AI assist is not set up on this Mewayz.</p>
            ) : canWrite ? (
              <AiAssist title="Write with AI" initial={result} open onUsage={setLive} />
            ) : (
              <p className="text-sm text-slate-700">Your role can view this workspace but not write in it.</p>
            )}
          </Card>
        </div>
        <div className="self-start">
          <AiUsageCard usage={live ?? (result?.ok ? result.usage : usage)} />
        </div>
      </div>
    </>
  );
}
