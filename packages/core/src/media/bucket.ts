/**
 * The part of an R2 bucket core uses (the Workers' `MEDIA` binding satisfies it). Core stores and
 * deletes lesson files itself, so the rows and the objects they point at change together; contact
 * imports read their chunks back in the jobs Worker.
 */
export interface MediaBucket {
  put(
    key: string,
    value: Uint8Array | string,
    options?: { httpMetadata?: { contentType?: string; contentDisposition?: string } },
  ): Promise<unknown>;
  delete(keys: string | string[]): Promise<void>;
  /**
   * Optional so the lesson tests' minimal fakes still fit; imports need it and say so. `range` reads
   * part of the object (R2's ranged get); see `readRange` for buckets that ignore it.
   */
  get?(
    key: string,
    options?: { range?: { offset: number; length: number } },
  ): Promise<{ text(): Promise<string>; arrayBuffer?(): Promise<ArrayBuffer> } | null>;
  /** An object's size and stored type without its body (social posts check media sizes with it). */
  head?(key: string): Promise<{ size: number; httpMetadata?: { contentType?: string } } | null>;
}

/**
 * `length` bytes of the object `key` of `size` bytes from `offset` (fewer at its end), or null when it
 * is not stored (or no longer that size). A bucket that ignores the range (a test's in-memory fake)
 * answers the whole object, which is cut here, so callers see the same bytes either way.
 */
export async function readRange(
  bucket: MediaBucket,
  key: string,
  size: number,
  offset: number,
  length: number,
): Promise<Uint8Array | null> {
  const expected = Math.max(0, Math.min(length, size - offset));
  // R2 refuses an empty range; there is nothing to read anyway.
  if (expected === 0) return new Uint8Array(0);
  const obj = await bucket.get?.(key, { range: { offset, length: expected } });
  if (!obj?.arrayBuffer) return null;
  const bytes = new Uint8Array(await obj.arrayBuffer());
  if (bytes.length === expected) return bytes;
  return bytes.length === size ? bytes.subarray(offset, offset + expected) : null;
}
