import type { SiteSnapshot, SnapshotBlock } from '@mewayz/contracts';
import { demoSnapshot } from '../src/demo-snapshot.ts';
import { blockLinkTargets } from '../src/outbound-links.ts';
import type { SitePageOptions } from '../src/site-page.tsx';

export const ORIGIN = 'http://alice.mewayz.localhost:8787';

/** Request options for a plain visit to the demo site. */
export function visit(overrides: Partial<SitePageOptions> = {}): SitePageOptions {
  return {
    now: new Date('2025-03-01T12:00:00Z'),
    origin: ORIGIN,
    canonicalOrigin: ORIGIN,
    ageConfirmed: false,
    ...overrides,
  };
}

/** The demo snapshot. */
export function demo(): SiteSnapshot {
  return demoSnapshot({ organizationId: 'org_test', siteId: 'site_test' });
}

type AnyData = Record<string, unknown>;

/** A block of any kind; `data` is deliberately loose so tests can smuggle in what validation would reject. */
export function block(
  type: SnapshotBlock['type'],
  data: AnyData,
  extra: Partial<SnapshotBlock> = {},
): SnapshotBlock {
  return {
    id: `blk_${type}`,
    type,
    data,
    featured: false,
    sensitive: false,
    startsAt: null,
    endsAt: null,
    ...extra,
  } as SnapshotBlock;
}

/** A snapshot of the demo profile with exactly `blocks`. */
export function siteWith(blocks: SnapshotBlock[], patch: Partial<SiteSnapshot> = {}): SiteSnapshot {
  return { ...demo(), blocks, ...patch };
}

/** Attribute maps of every `<tag …>` in `html` (the renderer always double-quotes and escapes attributes). */
export function elements(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    out.push(attrs);
  }
  return out;
}

/** The text of the page's `<style>` element, exactly as served. */
export function styleText(html: string): string {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
  if (styles.length !== 1) throw new Error(`expected one <style>, found ${styles.length}`);
  return styles[0]![1]!;
}

/** The `<body>` of a document. */
export function body(html: string): string {
  return /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
}

/** Where a page's `/go/<block>[/<n>]` href sends the visitor, as the edge resolves it; null when nowhere. */
export function targetOf(site: SiteSnapshot, href: string | undefined): string | null {
  const m = /^\/go\/([^/?#]+)(?:\/(\d+))?$/.exec(href ?? '');
  if (!m) return null;
  const block = site.blocks.find((b) => b.id === decodeURIComponent(m[1]!));
  return (block && blockLinkTargets(block)[Number(m[2] ?? 0)]) ?? null;
}
