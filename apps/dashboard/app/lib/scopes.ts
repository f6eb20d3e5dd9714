/**
 * What each API token scope lets a script do, in words, next to its checkbox. Grouped by what it
 * touches; `:read` only reads, `:write` changes (and implies nothing else).
 */
export const scopeInfo: Record<string, { label: string; description: string }> = {
  'sites:read': { label: 'Read sites', description: 'List sites and their blocks.' },
  'sites:write': { label: 'Change sites', description: 'Edit blocks and publish sites.' },
  'links:read': { label: 'Read short links', description: 'List short links and their settings.' },
  'links:write': { label: 'Change short links', description: 'Create, edit and delete short links.' },
  'analytics:read': { label: 'Read analytics', description: 'Visits, clicks and breakdowns.' },
  'domains:read': { label: 'Read domains', description: 'List custom domains and their status.' },
  'domains:write': { label: 'Change domains', description: 'Add, verify and remove custom domains.' },
  'members:read': { label: 'Read members', description: 'List members and their roles.' },
  'members:write': { label: 'Change members', description: 'Invite, change roles and remove members.' },
  'tokens:read': { label: 'Read API tokens', description: 'List tokens (never their secrets).' },
  'tokens:write': { label: 'Change API tokens', description: 'Create and revoke tokens.' },
  'webhooks:read': {
    label: 'Read webhooks',
    description: 'List webhook endpoints and their delivery logs (never secrets).',
  },
  'webhooks:write': {
    label: 'Change webhooks',
    description: 'Add, change, rotate and remove webhook endpoints; redeliver.',
  },
  'commerce:read': {
    label: 'Read the catalog',
    description: 'List products, variants, images and categories.',
  },
  'commerce:write': {
    label: 'Change the catalog',
    description: 'Create, edit and delete products, variants, images and categories.',
  },
  'ai:read': { label: 'Read AI usage', description: 'This month’s AI tokens against the budget.' },
  'ai:write': {
    label: 'Write with AI',
    description: 'Generate drafts (bios, captions, descriptions…); uses the AI budget.',
  },
  'crm:read': {
    label: 'Read contacts',
    description: 'List contacts, their timelines, custom fields and segments.',
  },
  'crm:write': {
    label: 'Change contacts',
    description: 'Create, edit, tag, note and delete contacts; manage custom fields and segments.',
  },
  'courses:read': {
    label: 'Read courses',
    description: 'List courses, their modules and lessons, and enrollments.',
  },
  'courses:write': {
    label: 'Change courses',
    description: 'Create, edit, reorder and delete courses, modules and lessons; enroll and revoke students.',
  },
  'bookings:read': {
    label: 'Read bookings',
    description: 'List bookable services, availability and booked calls.',
  },
  'bookings:write': {
    label: 'Change bookings',
    description: 'Create and edit services and availability; cancel and reschedule calls.',
  },
  'social:read': {
    label: 'Read social posts',
    description: 'List connected social accounts and posts with their status and engagement.',
  },
  'social:write': {
    label: 'Post to social networks',
    description: 'Create, schedule, publish and cancel posts; disconnect accounts.',
  },
  'organization:write': {
    label: 'Change the workspace',
    description: 'Rename the workspace and change its settings.',
  },
};

export function scopeLabel(scope: string) {
  return scopeInfo[scope]?.label ?? scope;
}
