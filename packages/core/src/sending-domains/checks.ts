import type { SendingRecordCheck, SendingRecordKind } from '@mewayz/db/schema';
import type { SendingDnsSettings } from '../campaigns/settings.ts';
import type { DnsResolver } from '../domains/resolvers.ts';
import { type ExpectedRecord, expectedRecords } from './records.ts';

export type RecordChecks = Partial<Record<SendingRecordKind, SendingRecordCheck>>;

const isSpf = (txt: string) => /^v=spf1(\s|$)/i.test(txt.trim());
const isDmarc = (txt: string) => /^v=DMARC1\s*(;|$)/i.test(txt.trim());

/** `a=1; b = 2` → { a: '1', b: '2' } (tag names lower-cased), as DKIM and DMARC records are written. */
export function tagsOf(record: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of record.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) tags.set(part.slice(0, i).trim().toLowerCase(), part.slice(i + 1).trim());
  }
  return tags;
}

/**
 * The creator's existing SPF record with our include added before its `all` (or redirect), so a
 * domain that already sends through another service keeps one record: two SPF records are a
 * permanent error for receivers (RFC 7208 §3.2), which fails both.
 */
export function mergeSpf(existing: string, include: string): string {
  const terms = existing.trim().split(/\s+/);
  if (terms.some((t) => t.toLowerCase() === `include:${include}`)) return terms.join(' ');
  const end = terms.findIndex((t) => /^[-~?+]?all$/i.test(t) || /^redirect=/i.test(t));
  const at = end === -1 ? terms.length : end;
  return [...terms.slice(0, at), `include:${include}`, ...terms.slice(at)].join(' ');
}

const shown = (values: string[]) => (values.length ? values.join(' | ').slice(0, 1000) : null);
const pass = (values: string[]): SendingRecordCheck => ({ ok: true, found: shown(values), problem: null });
const fail = (values: string[], problem: string): SendingRecordCheck => ({
  ok: false,
  found: shown(values),
  problem: problem.slice(0, 300),
});

function checkSpf(values: string[], include: string): SendingRecordCheck {
  const spf = values.filter(isSpf);
  if (spf.length === 0) return fail(spf, 'No SPF record (v=spf1 …) found');
  if (spf.length > 1)
    return fail(
      spf,
      `${spf.length} SPF records found; a domain may have only one. Merge them into one record`,
    );
  const terms = spf[0]!.trim().toLowerCase().split(/\s+/);
  if (!terms.includes(`include:${include}`))
    return fail(spf, `Your SPF record does not include include:${include}; add it to that record`);
  return pass(spf);
}

function checkDkim(values: string[], publicKey: string): SendingRecordCheck {
  if (values.length === 0) return fail(values, 'No DKIM record found');
  // Providers split a long key into several strings, sometimes with spaces inside `p=`.
  const matches = values.some((v) => {
    const tags = tagsOf(v);
    const version = tags.get('v');
    return (!version || version === 'DKIM1') && tags.get('p')?.replace(/\s+/g, '') === publicKey;
  });
  return matches ? pass(values) : fail(values, 'The DKIM record holds a different key; copy the value again');
}

function checkDmarc(values: string[]): SendingRecordCheck {
  const dmarc = values.filter(isDmarc);
  if (dmarc.length === 0) return fail(values, 'No DMARC record (v=DMARC1; p=…) found');
  if (dmarc.length > 1)
    return fail(dmarc, 'Several DMARC records found; receivers ignore them all. Keep one');
  // Any policy the creator already runs is fine: none only reports, quarantine and reject enforce.
  const policy = tagsOf(dmarc[0]!).get('p')?.toLowerCase();
  if (!policy || !['none', 'quarantine', 'reject'].includes(policy))
    return fail(dmarc, 'The DMARC record needs a policy: p=none, p=quarantine or p=reject');
  return pass(dmarc);
}

function checkCname(values: string[], target: string): SendingRecordCheck {
  if (values.length === 0) return fail(values, 'No CNAME record found');
  return values.includes(target) ? pass(values) : fail(values, `The CNAME must point at ${target}`);
}

async function checkOne(
  resolver: DnsResolver,
  settings: SendingDnsSettings,
  record: ExpectedRecord,
  publicKey: string,
): Promise<SendingRecordCheck> {
  try {
    switch (record.kind) {
      case 'spf':
        return checkSpf(await resolver.txt(record.name), settings.spfInclude);
      case 'dkim':
        return checkDkim(await resolver.txt(record.name), publicKey);
      case 'dmarc':
        return checkDmarc(await resolver.txt(record.name));
      case 'return_path':
        return checkCname(await resolver.cname(record.name), record.value);
    }
  } catch (err) {
    return fail([], `DNS lookup failed: ${(err as Error).message}`);
  }
}

/** Look every expected record up (in parallel) and judge each on its own. */
export async function checkRecords(
  resolver: DnsResolver,
  settings: SendingDnsSettings,
  row: { domain: string; dkimSelector: string; dkimPublicKey: string },
): Promise<RecordChecks> {
  const records = expectedRecords(settings, row);
  const results = await Promise.all(records.map((r) => checkOne(resolver, settings, r, row.dkimPublicKey)));
  return Object.fromEntries(records.map((r, i) => [r.kind, results[i]!]));
}

/** Verified when every record the platform asks for passed. */
export function allPassed(settings: SendingDnsSettings, checks: RecordChecks): boolean {
  const kinds: SendingRecordKind[] = ['spf', 'dkim', 'dmarc'];
  if (settings.returnPathTarget) kinds.push('return_path');
  return kinds.every((k) => checks[k]?.ok === true);
}
