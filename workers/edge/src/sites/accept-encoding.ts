/**
 * Whether an `Accept-Encoding` value allows gzip (RFC 9110 §12.5.3): `gzip` (or `x-gzip`) with a
 * q-value above 0, or `*` with one when gzip is not named. No header, `identity`, `br` alone or
 * `gzip;q=0` mean plain bytes: a client that did not ask for gzip may not be able to read it.
 */
export function wantsGzip(acceptEncoding: string): boolean {
  let star = false;
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') continue;
    let q = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() === 'q') q = Number(value.trim() || Number.NaN);
    }
    const allowed = q > 0 && q <= 1;
    if (coding !== '*') return allowed;
    star = allowed;
  }
  return star;
}
