import { sequenceDelayUnits, type UpdateSequenceStepsInput } from '@mewayz/contracts';
import { campaignsService, sequencesService } from '@mewayz/core';
import type { depsOf } from './env.server.ts';
import type { OrgContext } from './tenant.server.ts';

type Deps = ReturnType<typeof depsOf>;
type StepInput = UpdateSequenceStepsInput['steps'][number];

/** What the Automations page shows: the welcome sequence, the templates to pick from, who is in it. */
export async function automationsPage(ctx: OrgContext, deps: Deps) {
  const [sequence] = await sequencesService.listSequences(deps, ctx.scope);
  if (!sequence) throw new Error('every workspace has a welcome sequence');
  const [templates, members, sender] = await Promise.all([
    campaignsService.listTemplates(deps, ctx.scope, { page: 1, perPage: 100 }),
    sequencesService.listSequenceMembers(deps, ctx.scope, sequence.id),
    campaignsService.getSenderSettings(deps, ctx.scope),
  ]);
  return {
    sequence,
    templates: templates.items.map((t) => ({ id: t.id, name: t.name, subject: t.subject })),
    members,
    hasPostalAddress: sender.postalAddress !== '',
    canManage: ctx.can('crm.manage'),
  };
}

/**
 * The steps form as posted: one row per step (parallel fields `stepId`, `templateId`, `delayValue`,
 * `delayUnit`), and the button pressed in `op` — `up:<i>`, `down:<i>`, `remove:<i>`, `add` or none
 * (save as typed). Every button saves the whole list, so edits typed before a move are kept, and it
 * works without JavaScript. Values are passed on as typed; core's contract checks them.
 */
export function stepsFromForm(form: FormData, defaultTemplateId: string | undefined): StepInput[] {
  const ids = form.getAll('stepId').map(String);
  const templateIds = form.getAll('templateId').map(String);
  const values = form.getAll('delayValue').map(String);
  const units = form.getAll('delayUnit').map(String);
  const steps: StepInput[] = ids.slice(0, 50).map((id, i) => ({
    ...(id ? { id } : {}),
    templateId: templateIds[i] ?? '',
    delayValue: /^\d{1,6}$/.test(values[i]?.trim() ?? '') ? Number(values[i]) : Number.NaN,
    delayUnit: (sequenceDelayUnits as readonly string[]).includes(units[i] ?? '')
      ? (units[i] as StepInput['delayUnit'])
      : ('' as StepInput['delayUnit']),
  }));
  const [op, at] = String(form.get('op') ?? '').split(':');
  const i = Number(at);
  if (op === 'add' && defaultTemplateId)
    steps.push({ templateId: defaultTemplateId, delayValue: steps.length ? 1 : 0, delayUnit: 'days' });
  if (op === 'remove' && steps[i]) steps.splice(i, 1);
  const j = op === 'up' ? i - 1 : op === 'down' ? i + 1 : -1;
  if (j >= 0 && steps[i] && steps[j]) [steps[i], steps[j]] = [steps[j]!, steps[i]!];
  return steps;
}
