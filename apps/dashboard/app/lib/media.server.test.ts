import { describe, expect, it } from 'vitest';
import { imageSize, mediaKeyPattern } from './media.server.ts';

const png1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('image size from the header', () => {
  it('reads PNG, GIF, JPEG and WebP sizes, and refuses what is not an image', () => {
    expect(imageSize(png1x1)).toEqual({ width: 1, height: 1 });
    const png = Buffer.from(png1x1);
    png.writeUInt32BE(640, 16);
    png.writeUInt32BE(480, 20);
    expect(imageSize(png)).toEqual({ width: 640, height: 480 });
    const gif = Buffer.from('GIF89a\x20\x03\x58\x02\x00\x00\x00', 'latin1');
    expect(imageSize(gif)).toEqual({ width: 800, height: 600 });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 300 and width 400.
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.alloc(14),
      Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03]),
      Buffer.alloc(12),
    ]);
    expect(imageSize(jpeg)).toEqual({ width: 400, height: 300 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(1199, 24, 3);
    webp.writeUIntLE(99, 27, 3);
    expect(imageSize(webp)).toEqual({ width: 1200, height: 100 });
    expect(imageSize(Buffer.from('<svg onload=alert(1)>'))).toBeNull();
  });

  it('serves avatars, image-block, product-image and social-post uploads, nothing else', () => {
    expect(mediaKeyPattern.test('images/org_1/site_1/abc.png')).toBe(true);
    expect(mediaKeyPattern.exec('avatars/org_1/site_1/abc.jpg')?.[1]).toBe('org_1');
    expect(mediaKeyPattern.exec('products/org_1/prod_1/abc.webp')?.[1]).toBe('org_1');
    expect(mediaKeyPattern.exec('courses/org_1/crs_1/abc.png')?.[1]).toBe('org_1');
    expect(mediaKeyPattern.exec('social/org_1/posts/abc.jpg')?.[1]).toBe('org_1');
    expect(mediaKeyPattern.test('other/org_1/site_1/abc.png')).toBe(false);
    // A digital product's file is for buyers' expiring links only.
    expect(mediaKeyPattern.test('downloads/org_1/abc/presets.zip')).toBe(false);
    expect(mediaKeyPattern.test('downloads/org_1/abc/cover.png')).toBe(false);
  });
});
