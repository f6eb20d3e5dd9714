import type { JSX } from 'hono/jsx/jsx-runtime';

/**
 * Serialise a JSX tree to an HTML document string. Every component in this package is synchronous, so an
 * asynchronous result is a programming error rather than something to await.
 */
export function renderHtmlDocument(tree: JSX.Element): string {
  const out: unknown = tree instanceof Promise ? tree : tree.toString();
  if (typeof out !== 'string') throw new Error('render: asynchronous components are not supported');
  return `<!doctype html>${out}`;
}
