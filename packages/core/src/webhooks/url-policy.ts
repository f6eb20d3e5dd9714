/**
 * Where webhooks may be sent. In production only public https origins: an endpoint URL naming a
 * loopback, private, link-local or otherwise internal address would let a tenant make the platform
 * call its own network (SSRF). Locally (`WEBHOOK_ALLOW_PRIVATE_URLS=true`, refused over https by the
 * vars schema) http and 127.0.0.1 are fine, so the devstack receiver works.
 */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a web address, like https://example.com/webhooks';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return 'Use an https:// address';
  if (url.username || url.password) return 'Leave user name and password out of the address';
  if (allowPrivate) return null;
  if (url.port && url.port !== '443') return 'Use the standard https port (443)';
  return isInternalHost(url.hostname) ? 'Use a public address, not a private or local one' : null;
}

const internalSuffixes = ['.localhost', '.local', '.internal', '.intranet', '.lan', '.home.arpa', '.corp'];

/** Whether a URL host names loopback, private, link-local, CGNAT or other non-public addresses. */
export function isInternalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return isInternalIpv6(host);
  if (host === 'localhost' || !host.includes('.') || internalSuffixes.some((s) => host.endsWith(s)))
    return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) return isInternalIpv4(v4.slice(1).map(Number) as [number, number, number, number]);
  // The URL parser turns every other numeric form (0x7f.1, 2130706433) into dotted decimal above.
  return false;
}

function isInternalIpv4([a, b]: [number, number, number, number]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

function isInternalIpv6(bracketed: string): boolean {
  const h = bracketed.replace(/^\[|\]$/g, '');
  if (h === '::' || h === '::1') return true;
  // IPv4-mapped (::ffff:127.0.0.1 is serialised ::ffff:7f00:1): judge the embedded address.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const hi = Number.parseInt(mapped[1]!, 16);
    const lo = Number.parseInt(mapped[2]!, 16);
    return isInternalIpv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  }
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(h) || h.startsWith('::ffff:') || h.startsWith('64:ff9b:');
}
