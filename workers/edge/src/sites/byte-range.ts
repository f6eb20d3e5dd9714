/**
 * One `Range: bytes=…` request (RFC 9110 §14) against a file of `size` bytes. Hand-written because
 * it is this small: the packages on npm parse multi-range sets we do not serve and leave the
 * suffix/overflow rules to the caller anyway.
 * - no header, or another unit → the whole file (a server may ignore a Range it does not support);
 * - `a-b`, `a-` (to the end), `-n` (the last n bytes), `b` past the end clipped to the end;
 * - anything else in bytes (several ranges, `b < a`, a start at or past the end, `-0`, junk) → 416.
 */
export type ByteRange =
  | { kind: 'full' }
  | { kind: 'partial'; offset: number; length: number }
  | { kind: 'unsatisfiable' };

const single = /^(\d{0,15})-(\d{0,15})$/;

export function byteRangeOf(header: string | null | undefined, size: number): ByteRange {
  if (!header) return { kind: 'full' };
  const eq = header.indexOf('=');
  if (eq < 0 || header.slice(0, eq).trim().toLowerCase() !== 'bytes') return { kind: 'full' };
  const m = single.exec(header.slice(eq + 1).trim());
  const none = { kind: 'unsatisfiable' } as const;
  if (!m || (m[1] === '' && m[2] === '')) return none;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return none;
    const length = Math.min(suffix, size);
    return { kind: 'partial', offset: size - length, length };
  }
  const first = Number(m[1]);
  const last = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (first >= size || (m[2] !== '' && Number(m[2]) < first)) return none;
  return { kind: 'partial', offset: first, length: last - first + 1 };
}
