import type { ShouldRevalidateFunction } from '@remix-run/react';

/**
 * For pages whose actions answer with the page's fresh data (`page`) next to their message: the
 * page renders the change from the action's own response, on its first paint, instead of a success
 * message next to the old list until a second round trip reloads it. Other routes (the layout, the
 * CSRF token in root) still revalidate as usual.
 */
export const revalidateUnlessActionHasPage: ShouldRevalidateFunction = ({
  actionResult,
  defaultShouldRevalidate,
}) =>
  actionResult && typeof actionResult === 'object' && 'page' in actionResult && actionResult.page
    ? false
    : defaultShouldRevalidate;
