import { blockAnchor } from '../safe-values.ts';
import type { BlockProps } from './block-context.ts';

/**
 * A newsletter signup that works without JS: a plain POST to `/subscribe` carrying the block id, plus a
 * honeypot field (`website`) that people never see and bots tend to fill in.
 */
export function EmailSignup({ block, ctx }: BlockProps<'email_signup'>) {
  const anchor = blockAnchor(block.id);
  const inputId = `${anchor}-email`;
  const { title, buttonLabel, successMessage } = block.data;
  return (
    <section class="sub" id={anchor} aria-labelledby={`${anchor}-t`}>
      <h3 id={`${anchor}-t`}>{title}</h3>
      {ctx.subscribedBlockId === block.id ? (
        <p role="status">
          {ctx.subscribeToConfirm
            ? 'Almost there: we emailed you a link. Open it to confirm your subscription.'
            : successMessage || 'Thanks for subscribing!'}
        </p>
      ) : (
        <form method="post" action="/subscribe">
          <input type="hidden" name="block" value={block.id} />
          <label class="vh" for={inputId}>
            Email address
          </label>
          <input
            id={inputId}
            type="email"
            name="email"
            required
            maxlength={254}
            autocomplete="email"
            placeholder="you@example.com"
          />
          <div class="hp" aria-hidden="true">
            <label>
              Leave this field empty
              <input type="text" name="website" tabindex={-1} autocomplete="off" />
            </label>
          </div>
          <button type="submit">{buttonLabel || 'Subscribe'}</button>
        </form>
      )}
    </section>
  );
}
