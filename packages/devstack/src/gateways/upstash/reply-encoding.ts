/**
 * A RESP2 reply as Upstash puts it in JSON: strings (base64 of the raw bytes when the client asked
 * for `Upstash-Encoding: base64`), integers as numbers, nil as null, arrays nested.
 */
export function encodeReply(value: unknown, base64: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return base64 ? value.toString('base64') : value.toString('utf8');
  if (typeof value === 'string') return base64 ? Buffer.from(value).toString('base64') : value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map((v) => encodeReply(v, base64));
  // An error nested in an array reply (Lua error tables): keep its text.
  if (value instanceof Error) return value.message;
  return String(value);
}
