import { tinyMp4 } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { type MediaBucket, readRange } from './bucket.ts';
import { sniffVideo } from './file-types.ts';
import { mp4DurationFromRanges, mp4DurationSeconds } from './mp4.ts';

describe('mp4DurationSeconds', () => {
  it('reads the movie header, with moov before or after the media data', () => {
    expect(mp4DurationSeconds(tinyMp4({ seconds: 3 }))).toBe(3);
    expect(mp4DurationSeconds(tinyMp4({ seconds: 141.5, moovFirst: false, mediaBytes: 70_000 }))).toBe(141.5);
    expect(sniffVideo(tinyMp4())).toEqual({ ext: 'mp4', type: 'video/mp4' });
  });

  it('reads a version 1 header and a 64-bit box size', () => {
    const bytes = tinyMp4({ seconds: 2 });
    // Rewrite the mvhd as version 1 in a fresh buffer: ftyp, then moov (largesize) with mvhd v1.
    const ftypLen = new DataView(bytes.buffer).getUint32(0);
    const mvhd = new Uint8Array(112);
    const v = new DataView(mvhd.buffer);
    v.setUint8(0, 1);
    v.setUint32(20, 600);
    v.setBigUint64(24, 600n * 900n);
    const inner = new Uint8Array(8 + mvhd.length);
    new DataView(inner.buffer).setUint32(0, inner.length);
    inner.set(new TextEncoder().encode('mvhd'), 4);
    inner.set(mvhd, 8);
    const moov = new Uint8Array(16 + inner.length);
    const mv = new DataView(moov.buffer);
    mv.setUint32(0, 1);
    moov.set(new TextEncoder().encode('moov'), 4);
    mv.setBigUint64(8, BigInt(moov.length));
    moov.set(inner, 16);
    const file = new Uint8Array(ftypLen + moov.length);
    file.set(bytes.subarray(0, ftypLen));
    file.set(moov, ftypLen);
    expect(mp4DurationSeconds(file)).toBe(900);
  });

  it('answers null for what is not an MP4 with a movie header', () => {
    expect(mp4DurationSeconds(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(mp4DurationSeconds(new Uint8Array(0))).toBeNull();
    const cut = tinyMp4({ moovFirst: false });
    expect(mp4DurationSeconds(cut.subarray(0, cut.length - 20))).toBeNull();
    // A box claiming more than the file holds.
    const lying = tinyMp4();
    new DataView(lying.buffer).setUint32(0, 0x7fffffff);
    expect(mp4DurationSeconds(lying)).toBeNull();
  });
});

describe('mp4DurationFromRanges', () => {
  /** A stored file read by range, counting the bytes that came back. */
  function ranged(file: Uint8Array) {
    const reads: [number, number][] = [];
    const read = async (offset: number, length: number) => {
      reads.push([offset, length]);
      return file.slice(offset, offset + length);
    };
    return { read, reads, bytesRead: () => reads.reduce((n, [, l]) => n + l, 0) };
  }

  it('finds moov after megabytes of media data by reading box headers and moov only', async () => {
    const file = tinyMp4({ seconds: 141.5, moovFirst: false, mediaBytes: 5_000_000 });
    const r = ranged(file);
    expect(await mp4DurationFromRanges(file.length, r.read)).toBe(141.5);
    expect(r.reads.map(([o]) => o)).toEqual([0, 32, 5_000_040, 5_000_040]);
    expect(r.bytesRead()).toBeLessThan(200);
    const first = tinyMp4({ seconds: 3 });
    expect(await mp4DurationFromRanges(first.length, ranged(first).read)).toBe(3);
  });

  it('answers null for a cut file, a lying box, a huge moov or no moov, without reading past the file', async () => {
    const cut = tinyMp4({ moovFirst: false });
    expect(
      await mp4DurationFromRanges(cut.length - 20, ranged(cut.subarray(0, cut.length - 20)).read),
    ).toBeNull();
    const lying = tinyMp4();
    new DataView(lying.buffer).setUint32(0, 0x7fffffff);
    expect(await mp4DurationFromRanges(lying.length, ranged(lying).read)).toBeNull();
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]);
    expect(await mp4DurationFromRanges(jpeg.length, ranged(jpeg).read)).toBeNull();
    // A moov that claims 9 MB: not read.
    const big = new Uint8Array(16);
    new DataView(big.buffer).setUint32(0, 9 * 1024 * 1024);
    big.set(new TextEncoder().encode('moov'), 4);
    const r = ranged(big);
    expect(await mp4DurationFromRanges(9 * 1024 * 1024, r.read)).toBeNull();
    expect(r.reads).toEqual([[0, 16]]);
  });

  it('reads the same bytes from a bucket that honours ranges and from one that answers the whole object', async () => {
    const file = tinyMp4({ seconds: 7, moovFirst: false, mediaBytes: 10_000 });
    const bucket = (honours: boolean): MediaBucket => ({
      put: async () => undefined,
      delete: async () => undefined,
      get: async (_key, options) => {
        const r = honours ? options?.range : undefined;
        const bytes = r ? file.slice(r.offset, r.offset + r.length) : file.slice();
        return { text: async () => '', arrayBuffer: async () => bytes.buffer };
      },
    });
    for (const honours of [true, false]) {
      const b = bucket(honours);
      expect(await readRange(b, 'k', file.length, 4, 4)).toEqual(new TextEncoder().encode('ftyp'));
      expect((await readRange(b, 'k', file.length, file.length - 3, 16))!.length).toBe(3);
      expect((await readRange(b, 'k', file.length, file.length, 16))!.length).toBe(0);
      expect(await mp4DurationFromRanges(file.length, (o, l) => readRange(b, 'k', file.length, o, l))).toBe(
        7,
      );
    }
    // The object changed size since it was looked at: neither answer fits.
    expect(await readRange(bucket(false), 'k', file.length + 5, 4, 4)).toBeNull();
  });
});
