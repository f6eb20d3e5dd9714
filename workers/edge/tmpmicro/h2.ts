import { createHash } from 'node:crypto';
import { blake2s } from '@noble/hashes/blake2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const page = 'x'.repeat(11800);
const salt = 'bench-visitor-salt-0123456789';
const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131 Safari/537.36';
const input = `${salt}|2026-11-29|127.0.0.1|${ua}|site_01jabcdefghjkmnpqrstvwxyz`;
const prefix = sha256.create().update(utf8ToBytes(`${salt}|2026-11-29|`.padEnd(64, '.')));
const uaDigest = bytesToHex(sha256(utf8ToBytes(ua))).slice(0, 32);
const key = utf8ToBytes(salt.padEnd(32, '.')).slice(0, 32);
const enc = new TextEncoder();
let sink = '';
export default {
  fetch(req: Request) {
    const mode = new URL(req.url).pathname;
    for (let i = 0; i < 10; i++) {
      if (mode === '/node') sink = createHash('sha256').update(input).digest('hex').slice(0, 32);
      else if (mode === '/prefix')
        sink = bytesToHex(
          prefix
            .clone()
            .update(enc.encode(`127.0.0.1|${uaDigest}|site_01jabcdefghjkmnpqrstvwxyz`))
            .digest(),
        ).slice(0, 32);
      else if (mode === '/blake')
        sink = bytesToHex(
          blake2s(enc.encode(`2026-11-29|127.0.0.1|${uaDigest}|site_01jabcdefghjkmnpqrstvwxyz`), {
            key,
            dkLen: 16,
          }),
        );
    }
    return new Response(page + sink.length, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  },
};
