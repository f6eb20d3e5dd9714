const encoder = new TextEncoder();

/**
 * A visitor id that rotates daily: SHA-256 of a secret salt, the UTC day, the IP, the user agent and
 * the site. The raw IP never leaves this function, and yesterday's hash cannot be linked to today's.
 */
export async function visitorHash(
  salt: string,
  day: string,
  ip: string,
  userAgent: string,
  siteId: string,
): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    encoder.encode(`${salt}|${day}|${ip}|${userAgent}|${siteId}`),
  );
  return [...new Uint8Array(digest, 0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
