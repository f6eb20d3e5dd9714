/**
 * The part of an R2 bucket core writes to (the Workers' `MEDIA` binding satisfies it). Core stores
 * and deletes lesson files itself, so the rows and the objects they point at change together.
 */
export interface MediaBucket {
  put(
    key: string,
    value: Uint8Array,
    options?: { httpMetadata?: { contentType?: string; contentDisposition?: string } },
  ): Promise<unknown>;
  delete(keys: string | string[]): Promise<void>;
}
