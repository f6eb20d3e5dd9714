import { describe, expect, it } from 'vitest';
import { byteRangeOf } from './byte-range.ts';

const part = (offset: number, length: number) => ({ kind: 'partial', offset, length });
const no = { kind: 'unsatisfiable' };

describe('byteRangeOf', () => {
  it('reads the three forms of one range, clipped to the file', () => {
    expect(byteRangeOf('bytes=0-9', 100)).toEqual(part(0, 10));
    expect(byteRangeOf('bytes=90-', 100)).toEqual(part(90, 10));
    expect(byteRangeOf('bytes=-5', 100)).toEqual(part(95, 5));
    expect(byteRangeOf('bytes=-500', 100)).toEqual(part(0, 100));
    expect(byteRangeOf('bytes=50-5000', 100)).toEqual(part(50, 50));
    expect(byteRangeOf('Bytes = 99-99', 100)).toEqual(part(99, 1));
  });

  it('serves the whole file without a header or for another unit', () => {
    expect(byteRangeOf(null, 100)).toEqual({ kind: 'full' });
    expect(byteRangeOf('items=0-1', 100)).toEqual({ kind: 'full' });
    expect(byteRangeOf('garbage', 100)).toEqual({ kind: 'full' });
  });

  it('refuses what cannot be one satisfiable range', () => {
    for (const h of [
      'bytes=100-',
      'bytes=100-200',
      'bytes=5-2',
      'bytes=-0',
      'bytes=-',
      'bytes=0-1,5-6',
      'bytes=a-b',
      'bytes=1e3-',
      'bytes=-1-2',
      'bytes=99999999999999999999-',
    ])
      expect(byteRangeOf(h, 100), h).toEqual(no);
    expect(byteRangeOf('bytes=-1', 0)).toEqual(no);
  });
});
