import { email } from '@mewayz/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useLoaderData } from '@remix-run/react';
import { Logo } from '../components/auth-layout.tsx';
import { EmptyState } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';

export const meta: MetaFunction = () => [{ title: 'Dev outbox · Mewayz' }];

/** Local development only (DEV_OUTBOX=true): the emails the outbox mailer recorded instead of sending. */
export async function loader({ context, request }: LoaderFunctionArgs) {
  const deps = depsOf(context);
  if (deps.vars.DEV_OUTBOX !== 'true') throw new Response('Not found', { status: 404 });
  const to = new URL(request.url).searchParams.get('to') ?? undefined;
  return { messages: await email.listOutbox(deps.db, { to, limit: 50 }) };
}

function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <p className="text-sm whitespace-pre-wrap break-words text-slate-800">
      {parts.map((p, i) =>
        /^https?:\/\//.test(p) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: static split of one message.
          <a key={i} href={p} className="font-medium text-indigo-700 underline">
            {p}
          </a>
        ) : (
          p
        ),
      )}
    </p>
  );
}

export default function Outbox() {
  const { messages } = useLoaderData<typeof loader>();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <div className="mb-6 flex items-center justify-between">
        <Link to="/sites" className="flex items-center gap-2 font-semibold">
          <Logo className="size-7" /> Mewayz
        </Link>
      </div>
      <h1 className="text-2xl font-semibold tracking-tight">Dev outbox</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        Emails recorded locally instead of being sent. Newest first.
      </p>
      {messages.length === 0 ? (
        <EmptyState title="No emails yet">Sign up or invite someone and the message appears here.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {messages.map((m) => (
            <li key={m.id} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <p className="text-xs text-slate-600">
                To <strong className="text-slate-900">{m.to}</strong> ·{' '}
                {m.createdAt.replace('T', ' ').slice(0, 19)} UTC
              </p>
              <h2 className="mt-1 font-semibold text-slate-900">{m.subject}</h2>
              <div className="mt-3">
                <Linkified text={m.text} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
