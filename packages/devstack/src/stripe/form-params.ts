/**
 * Stripe's request bodies (and GET query strings) are form-encoded with bracket notation:
 * `line_items[0][price_data][unit_amount]=500`, `metadata[orderId]=o_1`, `expand[]=line_items`. This
 * turns them into nested values — objects, arrays (from indexed or `[]` keys) and strings — the way
 * Stripe's API reads them. Written by hand: `qs` is only a transitive dev dependency here, without types.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

/** A body the stand-in cannot read; answered as Stripe's 400 `invalid_request_error`. */
export class FormParamsError extends Error {}

// A node while building: leaves are strings; containers become arrays when every key is an index.
type Node = string | Map<string, Node>;

const maxParams = 2000;
const maxDepth = 10;
const keyPattern = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

/** Parse `a[b][0]=x&a[c]=y` (already split by URLSearchParams) into `{ a: { b: ['x'], c: 'y' } }`. */
export function parseFormParams(text: string): FormObject {
  const entries = [...new URLSearchParams(text)];
  if (entries.length > maxParams) throw new FormParamsError(`Too many parameters (over ${maxParams}).`);
  const root = new Map<string, Node>();
  for (const [key, value] of entries) {
    const m = keyPattern.exec(key);
    if (!m) throw new FormParamsError(`Invalid parameter name: ${key}`);
    const path = [m[1]!, ...[...m[2]!.matchAll(/\[([^[\]]*)\]/g)].map((s) => s[1]!)];
    if (path.length > maxDepth) throw new FormParamsError(`Parameter nested too deeply: ${key}`);
    let container = root;
    for (let i = 0; i < path.length; i++) {
      // `[]` appends: the next index of this (array-like) container.
      const segment = path[i] === '' && i > 0 ? String(container.size) : path[i]!;
      if (i === path.length - 1) {
        if (container.get(segment) instanceof Map)
          throw new FormParamsError(`Invalid parameter: ${key} is both a value and a hash`);
        container.set(segment, value);
        break;
      }
      let next = container.get(segment);
      if (next === undefined) {
        next = new Map();
        container.set(segment, next);
      }
      if (typeof next === 'string')
        throw new FormParamsError(`Invalid parameter: ${key} is both a value and a hash`);
      container = next;
    }
  }
  return finish(root) as FormObject;
}

function finish(node: Node): FormValue {
  if (typeof node === 'string') return node;
  const keys = [...node.keys()];
  if (keys.length > 0 && keys.every((k) => /^(0|[1-9]\d{0,3})$/.test(k))) {
    // Indexed keys make an array in index order; gaps close up, as qs (and so Stripe) does.
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => finish(node.get(String(k))!));
  }
  // Object.fromEntries defines own properties, so a `__proto__` key stays a plain key.
  return Object.fromEntries(keys.map((k) => [k, finish(node.get(k)!)]));
}
