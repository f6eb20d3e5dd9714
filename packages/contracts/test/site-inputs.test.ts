import { describe, expect, it } from 'vitest';
import { createBlockInput, createSiteInput, updateSiteInput } from '../src/index.ts';

describe('site input contracts', () => {
  it('refuses control characters in one-line fields but keeps newlines in multi-line ones', () => {
    expect(createSiteInput.safeParse({ slug: 'okay', name: 'A\u0000B' }).success).toBe(false);
    expect(createSiteInput.safeParse({ slug: 'okay', name: 'Bell\u0007' }).success).toBe(false);
    expect(updateSiteInput.safeParse({ bio: 'line one\nline two' }).success).toBe(true);
    expect(updateSiteInput.safeParse({ bio: 'escape \u001b[31m' }).success).toBe(false);
    const block = (markdown: string) =>
      createBlockInput.safeParse({ type: 'text', data: { markdown } }).success;
    expect(block('**bold**\n\n- item')).toBe(true);
    expect(block('nul \u0000')).toBe(false);
  });

  it('refuses reserved and malformed slugs, unknown fields and unsafe URLs', () => {
    expect(createSiteInput.safeParse({ slug: 'admin', name: 'x' }).success).toBe(false);
    expect(createSiteInput.safeParse({ slug: '-bad', name: 'x' }).success).toBe(false);
    expect(createSiteInput.safeParse({ slug: 'good', name: 'x', organizationId: 'org_x' }).success).toBe(
      false,
    );
    expect(
      createBlockInput.safeParse({ type: 'link', data: { title: 'x', url: 'javascript:alert(1)' } }).success,
    ).toBe(false);
    expect(
      createBlockInput.safeParse({ type: 'link', data: { title: 'x', url: 'tel:+4912345' } }).success,
    ).toBe(true);
  });

  it('requires a schedule window that is not empty', () => {
    const res = createBlockInput.safeParse({
      type: 'header',
      data: { text: 'x' },
      startsAt: '2030-01-02T00:00:00Z',
      endsAt: '2030-01-01T00:00:00Z',
    });
    expect(res.success).toBe(false);
  });

  it('reads a course block as one course by id, or the newest published ones up to a limit', () => {
    const course = (data: object) => createBlockInput.safeParse({ type: 'course', data });
    expect(course({}).data?.data).toEqual({ limit: 3 });
    const id = 'crs_01jd3v6w0m8x9y2z3a4b5c6d7e';
    expect(course({ courseId: id, limit: 12 }).data?.data).toEqual({ courseId: id, limit: 12 });
    // Another kind's id, limits out of range and unknown fields are refused.
    for (const bad of [
      { courseId: 'prod_01jd3v6w0m8x9y2z3a4b5c6d7e' },
      { limit: 0 },
      { limit: 13 },
      { courseId: id, productId: 'x' },
    ])
      expect(course(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
