import { invalidRequest } from './stripe-error.ts';

/**
 * `expand[]=payment_intent`, `expand[]=line_items.data.price.product`: replace the ids on those paths
 * by the objects (copies), as Stripe does. A path through a list's `data` applies to every item. A
 * property that holds no id answers Stripe's 400 `This property cannot be expanded`.
 */
export function expandPaths(
  object: unknown,
  paths: string[],
  resolve: (id: string) => unknown,
  virtual: (holder: Record<string, unknown>, key: string) => unknown,
): unknown {
  const copy = structuredClone(object);
  paths.forEach((path, i) => {
    if (path.split('.').length > 4)
      throw invalidRequest(`You cannot expand more than 4 levels of a property (${path}).`, `expand[${i}]`);
    walk(copy, path.split('.'), (holder, key) => {
      const value = holder[key];
      if (value === null) return;
      if (typeof value === 'string') {
        const found = resolve(value);
        if (found) holder[key] = structuredClone(found);
        return;
      }
      if (value && typeof value === 'object' && 'object' in value) return; // expanded already
      const extra = virtual(holder, key);
      if (extra === undefined)
        throw invalidRequest(`This property cannot be expanded (${key}).`, `expand[${i}]`);
      holder[key] = extra;
    });
  });
  return copy;
}

function walk(
  node: unknown,
  segments: string[],
  expand: (holder: Record<string, unknown>, key: string) => void,
): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, segments, expand);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const holder = node as Record<string, unknown>;
  const [key, ...rest] = segments;
  // Every level of the path is expanded on the way (`payment_intent.latest_charge` expands both).
  if (key !== 'data' || !Array.isArray(holder.data)) expand(holder, key!);
  if (rest.length) walk(holder[key!], rest, expand);
}
