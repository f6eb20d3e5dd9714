/**
 * A deterministic JSON value that satisfies a JSON schema (the subset structured outputs use:
 * objects, arrays, strings with length limits and patterns of hashtags, enums, numbers, booleans,
 * `anyOf`, `$ref` to `$defs`/`definitions`), worded from the prompt's own words so it reads like an
 * answer about the prompt's subject rather than placeholder text.
 */
type Schema = Record<string, unknown>;

const stopWords = new Set(
  'tone friendly professional playful bold keeping true text out new now just get got all any very much a an and are as at be but by for from has have how i in into is it its my of on or our so that the their them then there these this those to was we were what when which who will with you your about write rewrite give make short please draft create some more less than each per one two three four five words word characters keep under over only also network networks'.split(
    ' ',
  ),
);

/** The prompt's distinctive words, in order, lower case, without repeats. */
export function keywordsOf(prompt: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of prompt.toLowerCase().match(/[\p{L}][\p{L}\p{N}'-]{2,}/gu) ?? []) {
    const w = raw.replace(/^['-]+|['-]+$/g, '');
    if (w.length < 3 || stopWords.has(w) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out.length ? out : ['creator', 'work', 'community'];
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Words of the prompt starting at `offset`, wrapping round. */
function pick(words: string[], offset: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => words[(offset + i) % words.length]!);
}

/** What kind of text a property name asks for. */
function flavourOf(key: string): 'tag' | 'title' | 'prose' | 'word' {
  const k = key.toLowerCase();
  if (/hashtag|tag$|tags$/.test(k)) return 'tag';
  if (/title|subject|headline|name|label|heading/.test(k)) return 'title';
  if (
    /bio|description|body|text|caption|summary|content|intro|preview|paragraph|outline|draft|message/.test(k)
  )
    return 'prose';
  return 'word';
}

function textFor(key: string, words: string[], index: number): string {
  const w = pick(words, index, 4);
  switch (flavourOf(key)) {
    case 'tag':
      return `#${w[0]!.replace(/[^\p{L}\p{N}]/gu, '')}`;
    case 'title':
      return [
        `${cap(w[0]!)} ${w[1]} for you`,
        `The ${w[0]} ${w[1]} guide`,
        `${cap(w[0]!)}, ${w[1]} and ${w[2]}`,
        `Why ${w[0]} matters`,
        `New: ${w[0]} ${w[1]}`,
      ][index % 5]!;
    case 'prose':
      return [
        `${cap(w[0]!)} and ${w[1]}, made with care.`,
        `Everything about ${w[0]}, ${w[1]} and ${w[2]} in one place.`,
        `Come for the ${w[0]}, stay for the ${w[1]}.`,
      ]
        .slice(index % 3)
        .concat(`Join in: ${w[3]} every week.`)
        .join(' ');
    default:
      return `${w[0]} ${w[1]}`;
  }
}

/** Shorten at a word boundary (never past `max` characters, grapheme-safe enough for our words). */
function fit(text: string, min: number, max: number): string {
  let t = text;
  if ([...t].length > max) {
    const chars = [...t].slice(0, max);
    const cut = chars.lastIndexOf(' ');
    t = (cut > max / 2 ? chars.slice(0, cut) : chars).join('').replace(/[\s,:;-]+$/, '');
  }
  while ([...t].length < min) t += [...t].length + 1 < min ? ' more' : '.';
  return [...t].slice(0, max).join('');
}

export function answerForSchema(root: Schema, prompt: string): unknown {
  const words = keywordsOf(prompt);
  const resolve = (s: Schema): Schema => {
    const ref = s.$ref;
    if (typeof ref !== 'string') return s;
    const path = ref.replace(/^#\//, '').split('/');
    let node: unknown = root;
    for (const part of path) node = (node as Schema | undefined)?.[part];
    if (!node || typeof node !== 'object') throw new Error(`unresolvable $ref ${ref}`);
    return resolve(node as Schema);
  };

  const value = (raw: Schema, key: string, index: number): unknown => {
    const s = resolve(raw);
    if ('const' in s) return s.const;
    if (Array.isArray(s.enum)) return s.enum[index % s.enum.length];
    const options = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (options?.length) {
      const nonNull = options.find((o) => resolve(o).type !== 'null') ?? options[0]!;
      return value(nonNull, key, index);
    }
    const type = Array.isArray(s.type) ? (s.type.find((t) => t !== 'null') ?? s.type[0]) : s.type;
    switch (type) {
      case 'object': {
        const props = (s.properties ?? {}) as Record<string, Schema>;
        return Object.fromEntries(Object.entries(props).map(([k, p], i) => [k, value(p, k, index + i)]));
      }
      case 'array': {
        const min = Number(s.minItems ?? 0);
        const max = Number(s.maxItems ?? 5);
        const n = Math.max(min, Math.min(max, 3));
        const items = (s.items ?? {}) as Schema;
        const singular = key.replace(/s$/, '');
        return Array.from({ length: n }, (_, i) => value(items, singular, index + i));
      }
      case 'integer':
      case 'number': {
        const min = Number(s.minimum ?? s.exclusiveMinimum ?? 1);
        const max = Number(s.maximum ?? min + 10);
        return Math.min(max, Math.max(min, 1 + (index % 3)));
      }
      case 'boolean':
        return true;
      case 'null':
        return null;
      default: {
        const min = Number(s.minLength ?? 1);
        const max = Number(s.maxLength ?? 400);
        let text = textFor(key, words, index);
        if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(text)) {
          // A pattern we cannot word for: the hashtag form is the one our schemas use.
          text = `#${words[index % words.length]!.replace(/[^\p{L}\p{N}]/gu, '')}`;
        }
        return fit(text, min, max);
      }
    }
  };
  return value(root, String(root.title ?? 'answer'), 0);
}
