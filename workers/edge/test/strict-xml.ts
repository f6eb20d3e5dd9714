/**
 * A strict reader of the small XML documents the edge writes (feeds, sitemaps): elements, attributes,
 * text and the five predefined and numeric entities, nothing else. It throws on anything a conforming
 * parser would refuse — an unclosed or crossed element, a raw `<` or `&` in text, a duplicate
 * attribute, a second root — so a feed that passes is well-formed, and tests read it as a tree.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw < in ${where}`);
  return raw.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${where}`);
    if (ref in named) return named[ref]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
    if (!code) throw new Error(`unknown entity ${m} in ${where}`);
    return String.fromCodePoint(Number.parseInt(code, ref.startsWith('#x') ? 16 : 10));
  });
}

export function parseXml(source: string): XmlElement {
  let rest = source.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const name = '[A-Za-z_][\\w.:-]*';
  const open = new RegExp(`^<(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
  const close = new RegExp(`^</(${name})\\s*>`);
  while (rest.length) {
    const text = /^[^<]+/.exec(rest)?.[0];
    if (text) {
      if (stack.length === 0) {
        if (text.trim()) throw new Error('text outside the root');
      } else stack.at(-1)!.text += decode(text, stack.at(-1)!.name);
      rest = rest.slice(text.length);
      continue;
    }
    const o = open.exec(rest);
    if (o) {
      const attrs: Record<string, string> = {};
      for (const a of o[2]!.matchAll(new RegExp(`(${name})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'))) {
        if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? '', `@${a[1]}`);
      }
      const el: XmlElement = { name: o[1]!, attrs, children: [], text: '' };
      if (stack.length) stack.at(-1)!.children.push(el);
      else if (root) throw new Error('a second root element');
      else root = el;
      if (!o[3]) stack.push(el);
      rest = rest.slice(o[0].length);
      continue;
    }
    const c = close.exec(rest);
    if (c) {
      const top = stack.pop();
      if (top?.name !== c[1]) throw new Error(`</${c[1]}> closes <${top?.name}>`);
      rest = rest.slice(c[0].length);
      continue;
    }
    throw new Error(`not XML at: ${rest.slice(0, 40)}`);
  }
  if (stack.length || !root) throw new Error('unclosed elements');
  return root;
}

/** The direct children named `name`. */
export const childrenOf = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
export const childOf = (el: XmlElement, name: string) => childrenOf(el, name)[0];
