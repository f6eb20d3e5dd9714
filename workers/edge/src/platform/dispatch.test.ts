import { isId } from '@mewayz/core';
import { describe, expect, it } from 'vitest';
import { nextRequestId } from './dispatch.ts';

describe('request ids', () => {
  it('are canonical request ids, distinct and time-ordered', () => {
    const t = Date.UTC(2026, 11, 2, 4, 0, 0);
    const ids = Array.from({ length: 2000 }, (_, i) => nextRequestId(t + Math.floor(i / 100)));
    for (const id of ids.slice(0, 5)) expect(isId('request', id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Ids of a later millisecond sort after those of an earlier one.
    expect(ids[1999]! > ids[0]!).toBe(true);
    expect(nextRequestId(t + 1).slice(0, 14) > nextRequestId(t).slice(0, 14)).toBe(true);
  });
});
