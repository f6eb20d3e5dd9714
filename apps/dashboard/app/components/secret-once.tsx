import { CopyButton } from './copy-button.tsx';

/** A secret the server shows only once (API token, webhook signing secret), with a copy button. */
export function SecretOnce({ secret, what, testId }: { secret: string; what: string; testId: string }) {
  return (
    <div className="rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
      <p className="text-sm font-semibold text-amber-900">Copy the {what} now — it is shown only once.</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          data-testid={testId}
          className="rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900 ring-1 ring-amber-200"
        >
          {secret}
        </code>
        <CopyButton text={secret} label={`Copy the ${what}`} />
      </div>
    </div>
  );
}
