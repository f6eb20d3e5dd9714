/** A category as the tree shows it: in tree order, with its depth and the names above it. */
export interface TreeCategory {
  id: string;
  name: string;
  slug: string;
  parentId: string | null;
  depth: number;
  /** `Merch › Tees`: the names from the top down to this one. */
  path: string;
  /** Its place among its siblings (0 first) and how many siblings there are. */
  index: number;
  siblings: number;
}

/**
 * The flat list core returns, as the tree reads top-down (siblings by position, then name).
 * A category whose parent is missing sits at the top, so nothing is ever hidden.
 */
export function categoryTree(
  items: readonly { id: string; name: string; slug: string; parentId: string | null; position: number }[],
): TreeCategory[] {
  const ids = new Set(items.map((c) => c.id));
  const children = new Map<string | null, typeof items>();
  for (const c of items) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: TreeCategory[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number, above: string) => {
    const level = [...(children.get(parent) ?? [])].sort(
      (a, b) => a.position - b.position || a.name.localeCompare(b.name),
    );
    level.forEach((c, index) => {
      if (seen.has(c.id)) return;
      seen.add(c.id);
      const path = above ? `${above} › ${c.name}` : c.name;
      out.push({ ...c, depth, path, index, siblings: level.length });
      walk(c.id, depth + 1, path);
    });
  };
  walk(null, 0, '');
  return out;
}

/** The ids of `id` and everything below it (where it may not move to). */
export function selfAndBelow(tree: readonly TreeCategory[], id: string): Set<string> {
  const out = new Set<string>();
  const start = tree.findIndex((c) => c.id === id);
  if (start < 0) return out;
  out.add(id);
  for (let i = start + 1; i < tree.length && tree[i]!.depth > tree[start]!.depth; i++) out.add(tree[i]!.id);
  return out;
}

/** The ids of the siblings of `id`, in order. */
export function siblingIds(tree: readonly TreeCategory[], id: string): string[] {
  const c = tree.find((x) => x.id === id);
  if (!c) return [];
  return tree.filter((x) => x.parentId === c.parentId && x.depth === c.depth).map((x) => x.id);
}
