import { email } from '@mewayz/core';

/** The unsubscribe and signup-confirmation pages: plain HTML, inline styles, no script (the CSP allows none). */
const csp =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const style =
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1f2937}main{max-width:28rem;margin:12vh auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.08)}h1{font-size:1.5rem;margin:0 0 .5rem}button{font:inherit;padding:.7rem 1.4rem;border:0;border-radius:8px;background:#111827;color:#fff;cursor:pointer}button:focus{outline:3px solid #93c5fd;outline-offset:2px}';

function consentPage(title: string, body: string) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title>
<style>${style}</style></head>
<body><main>${body}</main></body></html>`;
  return { html, csp };
}

/** Double opt-in: ask for the click (a scanner's GET confirms nothing), then say it is done. */
export function signupConfirmPage(opts: {
  state: 'ask' | 'done' | 'gone';
  siteName: string;
  action: string;
}) {
  const site = email.escapeHtml(opts.siteName);
  if (opts.state === 'ask')
    return consentPage(
      'Confirm your subscription',
      `<h1>Confirm your subscription</h1><p>You asked for emails from ${site}.</p>
<form method="post" action="${opts.action.replace(/[&<>"']/g, '')}"><button type="submit">Yes, subscribe me</button></form>`,
    );
  if (opts.state === 'done')
    return consentPage(
      'Subscribed',
      `<h1>You are subscribed</h1><p>Thanks! You will get emails from ${site}. You can close this page.</p>`,
    );
  return consentPage(
    'Link no longer valid',
    `<h1>This link no longer works</h1><p>Sign up again on ${site} to get a new one.</p>`,
  );
}

export function unsubscribePage(opts: { state: 'confirm' | 'done'; action: string }) {
  return opts.state === 'confirm'
    ? consentPage(
        'Unsubscribe',
        `<h1>Unsubscribe?</h1><p>You will stop getting these emails.</p>
<form method="post" action="${opts.action.replace(/[&<>"']/g, '')}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
      )
    : consentPage(
        'Unsubscribed',
        `<h1>You are unsubscribed</h1><p>You will not get these emails any more. You can close this page.</p>`,
      );
}
