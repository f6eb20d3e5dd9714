import { tinyMp4 } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { sniffVideo } from './file-types.ts';
import { mp4DurationSeconds } from './mp4.ts';

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
