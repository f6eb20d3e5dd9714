import type { MetaFunction } from '@remix-run/cloudflare';

export const meta: MetaFunction = () => [{ title: 'Mewayz dashboard' }];

export default function Index() {
  return (
    <main className="mx-auto flex min-h-full max-w-xl flex-col justify-center gap-4 p-8">
      <h1 className="text-3xl font-semibold tracking-tight">Mewayz</h1>
      <p className="text-slate-600">
        The creator dashboard is being built. Your demo site is live at{' '}
        <a className="font-medium text-indigo-700 underline" href="http://alice.mewayz.localhost:8787/">
          alice.mewayz.localhost:8787
        </a>
        .
      </p>
    </main>
  );
}
