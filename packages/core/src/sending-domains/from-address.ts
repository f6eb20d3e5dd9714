import { emailSenderSettings, sendingDomains } from '@mewayz/db/schema';
import { and, eq } from 'drizzle-orm';
import { SendingDomainUnverified } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/** The domain of an address, lower-case (`Hello@Mail.Example.com` → `mail.example.com`). */
export const domainOfAddress = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

async function isVerified(scope: TenantScope, domain: string): Promise<boolean> {
  const row = await scope.first(
    sendingDomains,
    and(eq(sendingDomains.domain, domain), eq(sendingDomains.status, 'verified')),
  );
  return row !== null;
}

/** Refuse a From address outside the organization's verified sending domains: mail from it would be spoofed. */
export async function assertSendableFrom(scope: TenantScope, address: string): Promise<void> {
  const domain = domainOfAddress(address);
  if (!(await isVerified(scope, domain))) throw new SendingDomainUnverified(domain);
}

/**
 * The From address the organization's email goes out with, or null for the platform's own. Read at
 * each send rather than frozen with the campaign: a domain whose records were removed stops being
 * used on the next batch, not after the campaign ends.
 */
export async function senderAddressOf(scope: TenantScope): Promise<string | null> {
  const settings = await scope.first(emailSenderSettings);
  const address = settings?.fromAddress;
  if (!address) return null;
  return (await isVerified(scope, domainOfAddress(address))) ? address : null;
}
