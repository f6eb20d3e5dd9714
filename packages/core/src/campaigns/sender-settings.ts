import { type EmailSenderSettingsInput, emailSenderSettingsInput } from '@mewayz/contracts';
import { emailSenderSettings } from '@mewayz/db/schema';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../commerce/shared.ts';
import { isDuplicateKey, retryingDeadlocks } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { assertSendableFrom } from '../sending-domains/from-address.ts';
import type { TenantScope } from '../tenancy/scope.ts';

export async function readSenderSettings(scope: TenantScope) {
  const row = await scope.first(emailSenderSettings);
  return row
    ? {
        postalAddress: row.postalAddress,
        fromName: row.fromName,
        replyTo: row.replyTo,
        fromAddress: row.fromAddress,
        doubleOptIn: row.doubleOptIn,
      }
    : null;
}

export async function getSenderSettings(_deps: CoreDeps, scope: TenantScope) {
  return (
    (await readSenderSettings(scope)) ?? {
      postalAddress: '',
      fromName: null,
      replyTo: null,
      fromAddress: null,
      doubleOptIn: false,
    }
  );
}

/**
 * Save the sender identity; the postal address is what every campaign footer prints. A From address
 * must be on one of the organization's verified sending domains (`sending_domain_unverified`).
 */
export async function updateSenderSettings(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: EmailSenderSettingsInput,
) {
  const data = parseInput(emailSenderSettingsInput, input, 'email settings');
  if (data.fromAddress) await assertSendableFrom(scope, data.fromAddress);
  const values = {
    postalAddress: data.postalAddress,
    fromName: data.fromName ?? null,
    replyTo: data.replyTo ?? null,
    ...(data.doubleOptIn === undefined ? {} : { doubleOptIn: data.doubleOptIn }),
    ...(data.fromAddress === undefined ? {} : { fromAddress: data.fromAddress }),
  };
  await retryingDeadlocks(() =>
    scope.transaction(async (tx) => {
      // Insert first, update when the row exists: an UPDATE of a missing row takes a gap lock, and two
      // workspaces doing that at once then deadlock on their inserts. Inserts into one gap do not.
      try {
        await tx.insert(emailSenderSettings, values);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        await tx.update(emailSenderSettings, values);
      }
      await recordAudit(tx, actor, {
        action: 'email_settings.updated',
        targetType: 'organization',
        targetId: scope.orgId,
      });
    }),
  );
  return getSenderSettings(_deps, scope);
}
