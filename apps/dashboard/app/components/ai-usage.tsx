import type { AiUsage } from '@mewayz/contracts';
import { Card } from './ui.tsx';

const fmt = new Intl.NumberFormat('en');

/** The workspace's AI tokens this month against its budget, as a bar. */
export function AiUsageCard({ usage }: { usage: AiUsage }) {
  const share = usage.budget ? Math.min(1, usage.tokensUsed / usage.budget) : 1;
  const resets = new Date(usage.resetsAt).toLocaleDateString('en', {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <Card title="AI usage this month" description={`Renews on ${resets}.`}>
      {usage.configured ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">
            <span className="text-2xl font-semibold text-slate-900" data-testid="ai-remaining">
              {fmt.format(usage.remaining)}
            </span>{' '}
            of {fmt.format(usage.budget)} tokens left
          </p>
          {/* The sentence above says it in words; the bar is only its picture. */}
          <div className="h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
            <div className="h-full rounded-full bg-indigo-500" style={{ width: `${share * 100}%` }} />
          </div>
          <p className="text-xs text-slate-600">
            {fmt.format(usage.tokensUsed)} tokens used in {fmt.format(usage.requests)}{' '}
            {usage.requests === 1 ? 'request' : 'requests'}.
          </p>
        </div>
      ) : (
        <p className="text-sm text-slate-700">
          AI assist is not set up on this Mewayz: the operator has not configured an AI provider.
        </p>
      )}
    </Card>
  );
}
