import { describe, expect, it } from 'vitest';
import { isLessonOpen, lessonUnlocksAt } from './drip.ts';

const enrolled = new Date('2026-03-01T10:00:00Z');

describe('drip', () => {
  it('opens a lesson without a rule at once', () => {
    expect(lessonUnlocksAt({ dripDays: null, dripAt: null }, enrolled)).toBeNull();
    expect(isLessonOpen({ dripDays: null, dripAt: null }, enrolled, enrolled)).toBe(true);
  });

  it('counts days from each student’s own enrolment, to the millisecond', () => {
    const lesson = { dripDays: 3, dripAt: null };
    expect(lessonUnlocksAt(lesson, enrolled)?.toISOString()).toBe('2026-03-04T10:00:00.000Z');
    expect(isLessonOpen(lesson, enrolled, new Date('2026-03-04T09:59:59.999Z'))).toBe(false);
    expect(isLessonOpen(lesson, enrolled, new Date('2026-03-04T10:00:00.000Z'))).toBe(true);
    // A later student waits their own three days.
    const later = new Date('2026-03-10T00:00:00Z');
    expect(isLessonOpen(lesson, later, new Date('2026-03-12T00:00:00Z'))).toBe(false);
  });

  it('opens a dated lesson for everyone at the same instant, whenever they enrolled', () => {
    const lesson = { dripDays: null, dripAt: new Date('2026-04-01T00:00:00Z') };
    for (const when of [enrolled, new Date('2026-05-01T00:00:00Z')]) {
      expect(isLessonOpen(lesson, when, new Date('2026-03-31T23:59:59Z'))).toBe(false);
      expect(isLessonOpen(lesson, when, new Date('2026-04-01T00:00:00Z'))).toBe(true);
    }
  });
});
