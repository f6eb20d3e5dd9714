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
  /** Optional so the lesson tests' minimal fakes still fit; imports need it and say so. */
  get?(key: string): Promise<{ text(): Promise<string>; arrayBuffer?(): Promise<ArrayBuffer> } | null>;
  /** An object's size and stored type without its body (social posts check media sizes with it). */
  head?(key: string): Promise<{ size: number; httpMetadata?: { contentType?: string } } | null>;
}
