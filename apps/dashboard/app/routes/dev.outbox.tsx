import { email } from '@mewayz/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { Logo } from '../components/auth-layout.tsx';
import { Button, EmptyState, Field, Pagination } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { pageOf } from '../lib/paging.server.ts';

export const meta: MetaFunction = () => [{ title: 'Dev outbox · Mewayz' }];

/** Local development only (DEV_OUTBOX=true): the emails the outbox mailer recorded instead of sending. */
export async function loader({ context, request }: LoaderFunctionArgs) {
  const deps = depsOf(context);
  if (deps.vars.DEV_OUTBOX !== 'true') throw new Response('Not found', { status: 404 });
  const to = new URL(request.url).searchParams.get('to')?.trim().slice(0, 254) || undefined;
  const paging = pageOf(request);
  const { items, total } = await email.listOutboxPage(deps, { to, ...paging });
  return { messages: items, total, paging, to: to ?? '' };
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
  const { messages, total, paging, to } = useLoaderData<typeof loader>();
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
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <Field
          label="Recipient"
          name="to"
          type="search"
          defaultValue={to}
          placeholder="name@example.com or part of it"
          className="min-w-0 flex-1 basis-56"
        />
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {to ? (
          <Link to="/dev/outbox" className="py-2 text-sm font-semibold text-indigo-700 hover:underline">
            Show all
          </Link>
        ) : null}
      </Form>
      {messages.length === 0 && paging.page === 1 ? (
        to ? (
          <EmptyState title="No emails to that recipient">Check the address, or show all emails.</EmptyState>
        ) : (
          <EmptyState title="No emails yet">
            Sign up or invite someone and the message appears here.
          </EmptyState>
        )
      ) : (
        <ul className="space-y-4">
          {messages.map((m) => (
            <li key={m.id} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <p className="text-xs break-all text-slate-600">
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
      <Pagination {...paging} total={total} query={{ to }} />
    </main>
  );
}
