import type { SendingRecordKind } from '@mewayz/db/schema';
import type { SendingDnsSettings } from '../campaigns/settings.ts';
import { toBase64 } from '../crypto/encoding.ts';
import { randomHex } from '../crypto/random.ts';

/** A record the creator publishes at their DNS provider. */
export interface ExpectedRecord {
  kind: SendingRecordKind;
  type: 'TXT' | 'CNAME';
  name: string;
  value: string;
}

export const dmarcName = (domain: string) => `_dmarc.${domain}`;
export const dkimName = (selector: string, domain: string) => `${selector}._domainkey.${domain}`;
export const returnPathName = (domain: string) => `bounces.${domain}`;

/** The DKIM TXT value for a base64 SPKI public key. */
export const dkimValue = (publicKey: string) => `v=DKIM1; k=rsa; p=${publicKey}`;

export interface DkimKeyPair {
  selector: string;
  /** base64 SPKI, the record's `p=`. */
  publicKey: string;
  /** base64 PKCS#8, to be sealed before it is stored. */
  privateKey: string;
}

/**
 * A fresh RSA-2048 key pair for DKIM, made with WebCrypto in whichever Worker adds the domain.
 *
 * We generate the key ourselves rather than register the domain with the provider and show its
 * CNAME targets: the platform has two providers (Elastic Email and Resend) and the dev outbox, each
 * with its own domain API, and neither stand-in emulates one. A key of our own gives every domain
 * the same TXT record whatever the provider, lets the signing path (ours, or a provider that accepts
 * a custom key) use it, and keeps a provider switch from invalidating creators' DNS. The selector is
 * random per domain so a later rotation can publish a second key beside the first.
 */
export async function generateDkimKey(): Promise<DkimKeyPair> {
  const pair = (await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const [spki, pkcs8] = await Promise.all([
    crypto.subtle.exportKey('spki', pair.publicKey) as Promise<ArrayBuffer>,
    crypto.subtle.exportKey('pkcs8', pair.privateKey) as Promise<ArrayBuffer>,
  ]);
  return {
    selector: `mwz${randomHex(4)}`,
    publicKey: toBase64(new Uint8Array(spki)),
    privateKey: toBase64(new Uint8Array(pkcs8)),
  };
}

/** What the creator must publish for `domain`, in the order the dashboard lists them. */
export function expectedRecords(
  settings: SendingDnsSettings,
  row: { domain: string; dkimSelector: string; dkimPublicKey: string },
): ExpectedRecord[] {
  const records: ExpectedRecord[] = [
    { kind: 'spf', type: 'TXT', name: row.domain, value: `v=spf1 include:${settings.spfInclude} ~all` },
    {
      kind: 'dkim',
      type: 'TXT',
      name: dkimName(row.dkimSelector, row.domain),
      value: dkimValue(row.dkimPublicKey),
    },
    {
      kind: 'dmarc',
      type: 'TXT',
      name: dmarcName(row.domain),
      value: `v=DMARC1; p=none; rua=mailto:${settings.dmarcReports}`,
    },
  ];
  if (settings.returnPathTarget)
    records.push({
      kind: 'return_path',
      type: 'CNAME',
      name: returnPathName(row.domain),
      value: settings.returnPathTarget,
    });
  return records;
}
