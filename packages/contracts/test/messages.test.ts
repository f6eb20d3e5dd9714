import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  createApiTokenInput,
  createBlockInput,
  createInvitationInput,
  createShortLinkInput,
  createSiteInput,
  signInInput,
  signUpInput,
  updateBlockInput,
  updateMemberInput,
  updateOrganizationInput,
  updateShortLinkInput,
  updateSiteInput,
} from '../src/index.ts';

/** Each field's messages, as the API's `details` and the dashboard's forms show them. */
function messages(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const res = schema.safeParse(input);
  if (res.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of res.error.issues) {
    const key = issue.path.join('.');
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

describe('validation messages speak human', () => {
  it('asks for missing or empty personal fields with "Enter your …"', () => {
    expect(messages(signUpInput, {})).toEqual({
      email: ['Enter your email'],
      name: ['Enter your name'],
      password: ['Enter your password'],
    });
    expect(messages(signUpInput, { email: ' ', name: '  ', password: '' })).toEqual({
      email: ['Enter your email'],
      name: ['Enter your name'],
      password: ['Enter your password'],
    });
    expect(messages(signInInput, { email: '', password: '' })).toEqual({
      email: ['Enter your email'],
      password: ['Enter your password'],
    });
  });

  it('explains a bad email, a short or long password — one message per problem', () => {
    expect(messages(signUpInput, { email: 'alice', name: 'Alice', password: 'short' })).toEqual({
      email: ['Enter a valid email address, like name@example.com'],
      password: ['Use at least 10 characters'],
    });
    expect(
      messages(signUpInput, { email: 'a@example.com', name: 'x'.repeat(121), password: 'p'.repeat(257) }),
    ).toEqual({ name: ['Use at most 120 characters'], password: ['Use at most 256 characters'] });
    expect(messages(createInvitationInput, { email: 'nope', role: 'viewer' })).toEqual({
      email: ['Enter a valid email address, like name@example.com'],
    });
  });

  it('asks for other fields with "Enter a …" and words bad web addresses', () => {
    expect(messages(createBlockInput, { type: 'link', data: {} })).toEqual({
      'data.title': ['Enter a title'],
      'data.url': ['Enter a web address'],
    });
    expect(messages(createBlockInput, { type: 'link', data: { title: 'Shop', url: 'not a url' } })).toEqual({
      'data.url': ['Enter a web address, like example.com/page'],
    });
    expect(messages(createShortLinkInput, { url: '' })).toEqual({ url: ['Enter a web address'] });
    expect(messages(createSiteInput, { slug: 'alice-shop' })).toEqual({ name: ['Enter a name'] });
    expect(messages(createApiTokenInput, { name: '', scopes: [] })).toEqual({
      name: ['Enter a name'],
      scopes: ['Choose at least one scope'],
    });
  });

  it('never shows zod’s technical wording', () => {
    const bad: [z.ZodType, unknown][] = [
      [signUpInput, { email: 1, name: null, password: true, extra: 1 }],
      [createBlockInput, { type: 'nope' }],
      [createBlockInput, { type: 'image', data: { url: 'https://x.example/a.png', width: 'w', height: -1 } }],
      [createShortLinkInput, { url: 'https://x.example', passQuery: 'yes', startsAt: 'tomorrow' }],
      [updateSiteInput, { theme: { preset: 'neon', colors: { accent: 'red' } } }],
    ];
    for (const [schema, input] of bad) {
      const all = Object.values(messages(schema, input)).flat();
      expect(all.length).toBeGreaterThan(0);
      for (const m of all) expect(m).not.toMatch(/Invalid input|expected|received|Too (small|big)/);
    }
  });

  it('refuses an update that changes nothing', () => {
    for (const schema of [updateSiteInput, updateBlockInput, updateShortLinkInput, updateOrganizationInput]) {
      expect(messages(schema, {})).toEqual({ '': ['Change at least one field'] });
    }
    expect(messages(updateMemberInput, {})).toEqual({ role: ['Choose a role'] });
  });
});
