/**
 * Opens and clicks that no person made. Apple Mail Privacy Protection fetches every image through
 * Apple's proxies (addresses in 17.0.0.0/8, a bare `Mozilla/5.0` user agent) when mail arrives,
 * whether or not it is read; security scanners fetch images and follow links within seconds of
 * delivery. Both are stored, flagged, and left out of the human counts.
 */
export type MachineReason = 'apple_privacy_proxy' | 'scanner_timing' | 'bot_user_agent';

/** Seconds after the send within which a fetch is a scanner's, not a reader's. */
export const SCANNER_WINDOW_MS = 10_000;

const botAgent =
  /bot|crawler|spider|scanner|preview|proofpoint|mimecast|barracuda|symantec|safelinks|headless/i;

export function machineReason(input: {
  userAgent: string;
  ip: string;
  sentAt: Date | null;
  at: Date;
}): MachineReason | null {
  const ua = input.userAgent.trim();
  if (isAppleProxyAddress(input.ip) || ua === 'Mozilla/5.0') return 'apple_privacy_proxy';
  if (!ua || botAgent.test(ua)) return 'bot_user_agent';
  if (input.sentAt && input.at.getTime() - input.sentAt.getTime() < SCANNER_WINDOW_MS)
    return 'scanner_timing';
  return null;
}

/** Apple's 17.0.0.0/8 (IPv4) — the proxy's egress range besides partner CDNs. */
export function isAppleProxyAddress(ip: string): boolean {
  return /^17\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip);
}
