/**
 * Normalise a request hostname: lower-case, no port, no trailing dot, IDN as punycode.
 * Returns null for anything that is not a plausible DNS name, so hostile Host values stop here.
 */
export function normalizeHostname(input: string): string | null {
  if (!input || input.length > 300) return null;
  // Only a host and an optional port: no userinfo, path, query, fragment, whitespace or escapes.
  if (/[\s@/\\?#%]/.test(input)) return null;
  let host: string;
  try {
    // The URL parser lower-cases, strips the port and converts IDN labels to punycode.
    host = new URL(`http://${input.trim()}/`).hostname;
  } catch {
    return null;
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0 || host.length > 253) return null;
  if (!/^[a-z0-9.-]+$/.test(host)) return null;
  if (host.split('.').some((l) => l.length === 0 || l.length > 63 || l.startsWith('-') || l.endsWith('-')))
    return null;
  return host;
}

export type HostKind =
  | { kind: 'root' }
  | { kind: 'subdomain'; slug: string }
  | { kind: 'custom'; host: string };

/** Classify a normalised host against the platform's root domain. */
export function classifyHost(host: string, rootDomain: string): HostKind {
  if (host === rootDomain || host === `www.${rootDomain}`) return { kind: 'root' };
  const suffix = `.${rootDomain}`;
  if (host.endsWith(suffix)) {
    const label = host.slice(0, -suffix.length);
    // Only one label deep: a.b.<root> is not a site.
    if (!label.includes('.')) return { kind: 'subdomain', slug: label };
    return { kind: 'custom', host };
  }
  return { kind: 'custom', host };
}
