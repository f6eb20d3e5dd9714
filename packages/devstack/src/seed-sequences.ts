import {
  type Actor,
  type CoreDeps,
  campaignsService,
  sequencesService,
  type TenantScope,
} from '@mewayz/core';

const letter = (title: string, body: string, button?: { label: string; href: string }) => `<mjml>
  <mj-head>
    <mj-attributes><mj-all font-family="Georgia, serif" /><mj-text font-size="16px" line-height="24px" color="#1f2937" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f1ec">
    <mj-section background-color="#ffffff" padding="32px 24px">
      <mj-column>
        <mj-text font-size="24px" font-weight="bold">${title}</mj-text>
        <mj-text>Hi {{ first_name | "there" }},</mj-text>
        <mj-text>${body}</mj-text>${button ? `\n        <mj-button background-color="#b45309" href="${button.href}">${button.label}</mj-button>` : ''}
        <mj-text>Alice</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

const store = 'http://alice.mewayz.localhost:8787/store';
/** The welcome emails: right away, two days later, five days after that. */
const welcome = [
  {
    name: 'Welcome 1: hello',
    subject: 'Welcome to the studio, {{ first_name | "friend" }}',
    mjml: letter(
      'Welcome to the studio',
      'Thank you for signing up. Every month or so I write about new prints, the presses and what I am working on.',
    ),
    delay: { delayValue: 0, delayUnit: 'minutes' as const },
  },
  {
    name: 'Welcome 2: how a print is made',
    subject: 'How a risograph print is made',
    mjml: letter(
      'How a print is made',
      'Each colour is its own stencil and its own pass through the press, which is why no two prints are quite alike.',
      { label: 'See the prints', href: store },
    ),
    delay: { delayValue: 2, delayUnit: 'days' as const },
  },
  {
    name: 'Welcome 3: a thank-you',
    subject: 'A small thank-you',
    mjml: letter(
      'A small thank-you',
      'As a thank-you for reading along, the code WELCOME10 takes 10% off your first print this month.',
      { label: 'Visit the shop', href: store },
    ),
    delay: { delayValue: 5, delayUnit: 'days' as const },
  },
];

/**
 * The demo's welcome sequence: three templates, the steps and the sequence turned on, so a signup on
 * alice's bio site gets the first email in the dev outbox within a tick. Idempotent: a sequence that
 * already has steps is left as the creator changed it.
 */
export async function seedDemoSequences(deps: CoreDeps, scope: TenantScope, actor: Actor) {
  const sequence = await sequencesService.ensureWelcomeSequence(scope);
  const current = await sequencesService.getSequence(deps, scope, sequence.id);
  if (current.steps.length) return { steps: current.steps.length };
  const existing = await campaignsService.listTemplates(deps, scope, { page: 1, perPage: 100 });
  const steps = [];
  for (const w of welcome) {
    const template =
      existing.items.find((t) => t.name === w.name) ??
      (await campaignsService.createTemplate(deps, scope, actor, {
        name: w.name,
        subject: w.subject,
        mjml: w.mjml,
      }));
    steps.push({ templateId: template.id, ...w.delay });
  }
  await sequencesService.updateSequenceSteps(deps, scope, actor, sequence.id, { steps });
  await sequencesService.setSequenceActive(deps, scope, actor, sequence.id, true);
  return { steps: steps.length };
}
