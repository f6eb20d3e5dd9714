import type { Child } from 'hono/jsx';

/**
 * The HTML shell every page shares: charset and viewport first, the page's head tags, then its single
 * `<style>` element — whose exact text is what the CSP hash covers, so it is written out verbatim.
 */
export function HtmlDocument(props: { head: Child; css: string; children: Child }) {
  // The CSS is built only from this package's constants and validated colours; never let it close the tag.
  if (/<\/style/i.test(props.css)) throw new Error('render: stylesheet must not contain </style');
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        {props.head}
        <style dangerouslySetInnerHTML={{ __html: props.css }} />
      </head>
      <body>{props.children}</body>
    </html>
  );
}
