import { describe, expect, test } from 'vitest';
import { isVisibleAt, nextScheduleChange, renderSitePage } from '../src/index.ts';
import { block, siteWith, visit } from './fixtures.ts';

const at = (iso: string) => new Date(iso);

describe('isVisibleAt', () => {
  const window = { startsAt: '2025-03-01T10:00:00.000Z', endsAt: '2025-03-01T12:00:00.000Z' };

  test('shows within [startsAt, endsAt): start inclusive, end exclusive', () => {
    expect(isVisibleAt(window, at('2025-03-01T09:59:59.999Z'))).toBe(false);
    expect(isVisibleAt(window, at('2025-03-01T10:00:00.000Z'))).toBe(true);
    expect(isVisibleAt(window, at('2025-03-01T11:59:59.999Z'))).toBe(true);
    expect(isVisibleAt(window, at('2025-03-01T12:00:00.000Z'))).toBe(false);
  });

  test('null bounds are open', () => {
    expect(isVisibleAt({ startsAt: null, endsAt: null }, at('1970-01-01T00:00:00Z'))).toBe(true);
    expect(isVisibleAt({ startsAt: null, endsAt: window.endsAt }, at('2000-01-01T00:00:00Z'))).toBe(true);
    expect(isVisibleAt({ startsAt: window.startsAt, endsAt: null }, at('2099-01-01T00:00:00Z'))).toBe(true);
  });

  test('an unparseable bound hides the block', () => {
    expect(isVisibleAt({ startsAt: 'soon', endsAt: null }, at('2025-03-01T11:00:00Z'))).toBe(false);
    expect(isVisibleAt({ startsAt: null, endsAt: 'never' }, at('2025-03-01T11:00:00Z'))).toBe(false);
  });
});

describe('nextScheduleChange', () => {
  test('is the earliest future boundary across all blocks, hidden ones included', () => {
    const blocks = [
      { startsAt: '2025-03-01T10:00:00.000Z', endsAt: '2025-03-05T00:00:00.000Z' },
      { startsAt: '2025-03-03T00:00:00.000Z', endsAt: null },
      { startsAt: null, endsAt: '2025-02-01T00:00:00.000Z' },
    ];
    expect(nextScheduleChange(blocks, at('2025-03-01T12:00:00Z'))).toEqual(at('2025-03-03T00:00:00.000Z'));
    expect(nextScheduleChange(blocks, at('2025-03-03T00:00:00.000Z'))).toEqual(
      at('2025-03-05T00:00:00.000Z'),
    );
    expect(nextScheduleChange(blocks, at('2025-03-06T00:00:00Z'))).toBeNull();
    expect(nextScheduleChange([{ startsAt: null, endsAt: null }], at('2025-03-06T00:00:00Z'))).toBeNull();
  });
});

describe('renderSitePage with scheduled blocks', () => {
  const site = siteWith([
    block('header', { text: 'Always' }, { id: 'a' }),
    block('header', { text: 'Early bird' }, { id: 'b', endsAt: '2025-03-01T12:00:00.000Z' }),
    block('header', { text: 'Launch' }, { id: 'c', startsAt: '2025-03-02T09:00:00.000Z' }),
    block(
      'header',
      { text: 'Flash sale' },
      { id: 'd', startsAt: '2025-03-01T18:00:00.000Z', endsAt: '2025-03-01T20:00:00.000Z' },
    ),
  ]);

  test.each([
    ['2025-03-01T11:00:00Z', ['Always', 'Early bird'], '2025-03-01T12:00:00.000Z'],
    ['2025-03-01T12:00:00Z', ['Always'], '2025-03-01T18:00:00.000Z'],
    ['2025-03-01T19:00:00Z', ['Always', 'Flash sale'], '2025-03-01T20:00:00.000Z'],
    ['2025-03-01T20:00:00Z', ['Always'], '2025-03-02T09:00:00.000Z'],
    ['2025-03-02T09:00:00Z', ['Always', 'Launch'], null],
  ])('at %s shows %j and changes next at %s', async (now, shown, next) => {
    const page = await renderSitePage(site, visit({ now: new Date(now) }));
    const headers = [...page.html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headers).toEqual(shown);
    expect(page.nextChangeAt?.toISOString() ?? null).toBe(next);
  });
});
