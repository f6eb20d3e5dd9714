import { createHash } from 'node:crypto';
import { newId } from '@mewayz/core';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { classifyRequest } from '../src/tracking/classify-request.ts';

const page = 'x'.repeat(11800);
const input =
  'bench-visitor-salt-0123456789|2026-11-29|127.0.0.1|Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131 Safari/537.36|site_01jabcdefghjkmnpqrstvwxyz';
let sink = '';
export default {
  fetch(req: Request) {
    const mode = new URL(req.url).pathname;
    const N = 10;
    for (let i = 0; i < N; i++) {
      if (mode === '/node') sink = createHash('sha256').update(input).digest('hex').slice(0, 32);
      else if (mode === '/noble') sink = bytesToHex(sha256(utf8ToBytes(input))).slice(0, 32);
      else if (mode === '/ulid') sink = newId('event');
      else if (mode === '/cf') sink = String((req as any).cf?.country ?? '');
      else if (mode === '/classify') sink = classifyRequest(req).browser;
      else if (mode === '/iso') sink = new Date().toISOString();
      else if (mode === '/hdr') sink = req.headers.get('user-agent') ?? '';
    }
    return new Response(page + sink.length, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  },
};
