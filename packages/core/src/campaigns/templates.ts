import {
  type CreateTemplateInput,
  createTemplateInput,
  previewTemplateInput,
  testSendInput,
  type UpdateTemplateInput,
  updateTemplateInput,
} from '@mewayz/contracts';
import { emailCampaigns, emailSequenceSteps, emailSequences, emailTemplates } from '@mewayz/db/schema';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { type Page, parseInput } from '../commerce/shared.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import type { Mailer } from '../email/mailer.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import { senderAddressOf } from '../sending-domains/from-address.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { applyMergeFields, sampleMergeValues } from './merge-fields.ts';
import { compileEmail, unsubscribePlaceholder } from './render.ts';
import { readSenderSettings } from './sender-settings.ts';

type TemplateRow = typeof emailTemplates.$inferSelect;

export function templateView(row: TemplateRow) {
  return {
    id: row.id,
    name: row.name,
    subject: row.subject,
    previewText: row.previewText,
    mjml: row.mjml,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type TemplateView = ReturnType<typeof templateView>;

export async function loadTemplate(scope: TenantScope, templateId: string): Promise<TemplateRow> {
  assertId('emailTemplate', templateId, 'Template');
  const row = await scope.first(emailTemplates, eq(emailTemplates.id, templateId));
  if (!row) throw new NotFound('Template');
  return row;
}

export async function listTemplates(_deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(emailTemplates, undefined, {
      orderBy: [desc(emailTemplates.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(emailTemplates),
  ]);
  return { items: rows.map(templateView), total };
}

export async function getTemplate(_deps: CoreDeps, scope: TenantScope, templateId: string) {
  return templateView(await loadTemplate(scope, templateId));
}

export async function createTemplate(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateTemplateInput,
) {
  const data = parseInput(createTemplateInput, input, 'template');
  // A template MJML cannot compile is refused now, not when a campaign tries to send it.
  await compileEmail(data.mjml, {});
  const id = newId('emailTemplate');
  await scope.transaction(async (tx) => {
    await tx.insert(emailTemplates, { id, ...data });
    await recordAudit(tx, actor, {
      action: 'email_template.created',
      targetType: 'email_template',
      targetId: id,
    });
  });
  return templateView(await loadTemplate(scope, id));
}

export async function updateTemplate(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  templateId: string,
  patch: UpdateTemplateInput,
) {
  const data = parseInput(updateTemplateInput, patch, 'template');
  const current = await loadTemplate(scope, templateId);
  if (data.mjml !== undefined) await compileEmail(data.mjml, {});
  await scope.transaction(async (tx) => {
    await tx.update(emailTemplates, data, eq(emailTemplates.id, current.id));
    await recordAudit(tx, actor, {
      action: 'email_template.updated',
      targetType: 'email_template',
      targetId: current.id,
      metadata: { fields: Object.keys(data) },
    });
  });
  return templateView(await loadTemplate(scope, current.id));
}

/**
 * Campaigns that will still read their template: a scheduled one compiles it when it starts, and a
 * paused one may resume into `scheduled`. (A sending one has frozen its content, but deleting its
 * template mid-send would leave the report pointing at nothing while the creator watches it.)
 */
const readsTemplate = ['scheduled', 'sending', 'paused'] as const;

/**
 * Delete a template no scheduled, sending or paused campaign uses: otherwise 409 `template_in_use`
 * naming the campaigns. Drafts may lose theirs (the wizard asks for another before scheduling).
 */
export async function deleteTemplate(_deps: CoreDeps, scope: TenantScope, actor: Actor, templateId: string) {
  const current = await loadTemplate(scope, templateId);
  await scope.transaction(async (tx) => {
    const users = await tx.list(
      emailCampaigns,
      and(eq(emailCampaigns.templateId, current.id), inArray(emailCampaigns.status, [...readsTemplate])),
      { limit: 5 },
    );
    if (users.length)
      throw new Conflict(
        `“${current.name}” is used by ${users.map((u) => `“${u.name}” (${u.status})`).join(', ')}. Cancel those campaigns or give them another template first.`,
        users.map((u) => ({ path: 'campaigns', message: u.id, code: u.status })),
        'template_in_use',
      );
    // A sequence step reads its template at every send, active or not: without it the step is held.
    const steps = await tx.list(emailSequenceSteps, eq(emailSequenceSteps.templateId, current.id), {
      orderBy: [asc(emailSequenceSteps.position)],
      limit: 5,
    });
    if (steps.length) {
      const sequences = await tx.list(
        emailSequences,
        inArray(emailSequences.id, [...new Set(steps.map((s) => s.sequenceId))]),
      );
      const named = sequences.map((q) => {
        const at = steps.filter((s) => s.sequenceId === q.id).map((s) => s.position + 1);
        return `email ${at.join(' and ')} of “${q.name}”`;
      });
      throw new Conflict(
        `“${current.name}” is used by ${named.join(', ')}. Give ${steps.length === 1 ? 'that step' : 'those steps'} another template first.`,
        steps.map((s) => ({ path: 'sequences', message: s.sequenceId, code: `step_${s.position + 1}` })),
        'template_in_use',
      );
    }
    await tx.hardDelete(emailTemplates, eq(emailTemplates.id, current.id));
    await recordAudit(tx, actor, {
      action: 'email_template.deleted',
      targetType: 'email_template',
      targetId: current.id,
      metadata: { name: current.name },
    });
  });
}

/**
 * MJML as it stands rendered with sample merge values and the organization's footer: what the editor's
 * live preview shows and what a test send mails.
 */
export async function previewTemplate(_deps: CoreDeps, scope: TenantScope, input: unknown) {
  const data = parseInput(previewTemplateInput, input, 'template');
  const sender = await readSenderSettings(scope);
  const compiled = await compileEmail(data.mjml, {
    postalAddress: sender?.postalAddress ?? 'Your postal address (set it in Email settings)',
  });
  const values = { ...sampleMergeValues, unsubscribe_url: '#unsubscribe' };
  return {
    html: applyMergeFields(compiled.html, values, 'html'),
    text: applyMergeFields(compiled.text, values, 'text'),
    subject: applyMergeFields(data.subject ?? '', sampleMergeValues, 'text'),
    warnings: compiled.warnings,
  };
}

/** Mail a saved template, with sample values, to one address (marked as a test in the subject). */
export async function testSendTemplate(
  deps: CoreDeps & { mailer: Mailer },
  scope: TenantScope,
  actor: Actor,
  templateId: string,
  input: unknown,
) {
  const { to } = parseInput(testSendInput, input, 'test send');
  const template = await loadTemplate(scope, templateId);
  const preview = await previewTemplate(deps, scope, { mjml: template.mjml, subject: template.subject });
  await deps.mailer.send({
    to,
    organizationId: scope.orgId,
    // The address the campaigns will come from, so the test shows what subscribers will see.
    fromAddress: await senderAddressOf(scope),
    subject: `[Test] ${preview.subject}`,
    html: preview.html.replaceAll(unsubscribePlaceholder, '#'),
    text: preview.text,
  });
  await recordAudit(scope, actor, {
    action: 'email_template.test_sent',
    targetType: 'email_template',
    targetId: template.id,
  });
  return { sent: true };
}
