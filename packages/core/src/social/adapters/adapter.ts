import type { PublishNetwork } from '@mewayz/contracts';
import type { AtprotoResolver, AtprotoSession } from './atproto.ts';

/**
 * One network's API as the publisher uses it. Each adapter speaks the network's documented HTTP API
 * with `fetch` (the devstack stand-ins speak the same paths), so LinkedIn or Facebook Pages can be
 * added as one more implementation.
 */
export interface SocialAdapter {
  readonly network: PublishNetwork;
  /** Whether the network takes PKCE (Instagram's login does not). */
  readonly pkce: boolean;
  authorizeUrl(ctx: AdapterContext, req: AuthorizeRequest): Promise<string>;
  exchangeCode(ctx: AdapterContext, req: CodeExchange): Promise<TokenSet>;
  /** A new token set from the refresh token (Instagram: from the long-lived access token itself). */
  refresh(ctx: AdapterContext, tokens: TokenSet): Promise<TokenSet>;
  /** Revoke the grant; networks without a revocation endpoint do nothing. */
  revoke(ctx: AdapterContext, tokens: TokenSet): Promise<void>;
  me(ctx: AdapterContext, accessToken: string): Promise<AccountInfo>;
  publish(ctx: AdapterContext, call: PublishCall): Promise<Published>;
  /**
   * Whether an attempt that may have reached the network (its answer lost) is there, found by the
   * attempt's nonce: `absent` (safe to post again with the same nonce), `present`, or `unknown` (the
   * network cannot tell; posting again could post twice).
   */
  reconcile(ctx: AdapterContext, call: Omit<PublishCall, 'text' | 'media'>): Promise<Reconciled>;
  stats(
    ctx: AdapterContext,
    call: { accessToken: string; account: AccountRef; externalId: string },
  ): Promise<Engagement>;
}

export interface AdapterContext {
  /** Where this network's API (or its stand-in) is: Mastodon's is the account's instance. */
  apiUrl: string;
  /** The app's credentials at this network (Mastodon: registered per instance). */
  clientId: string;
  clientSecret: string | null;
  /** Where the browser is sent to authorize (X's and Instagram's differ from their API's host). */
  authorizeUrl: string;
  /** Where a code is exchanged when that is on another host than the API (Instagram's api.instagram.com). */
  tokenUrl?: string;
  /** Default fetch timeout. */
  timeoutMs: number;
  /** Bluesky: how identities are resolved, and the account's (or connection's) atproto OAuth session. */
  atproto?: { resolver: AtprotoResolver; session?: AtprotoSession };
}

export interface AuthorizeRequest {
  redirectUri: string;
  state: string;
  codeChallenge: string;
  /** The account the creator named (Bluesky's handle), passed on as `login_hint`. */
  loginHint?: string;
}

export interface CodeExchange {
  code: string;
  redirectUri: string;
  codeVerifier: string;
  /** The `iss` the authorization server sent back with the code (RFC 9207; atproto requires it). */
  issuer?: string | null;
}

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
  scope: string | null;
}

export interface AccountInfo {
  externalId: string;
  handle: string;
  displayName: string | null;
}

export interface AccountRef {
  externalId: string;
  handle: string;
}

export interface MediaItem {
  bytes: Uint8Array;
  /** An image type, or `video/mp4` (a post carries images or one video). */
  contentType: string;
  /** An image's alt text, a video's description. */
  alt: string;
  /** A public URL of the same file (Instagram fetches images and videos itself instead of taking uploads). */
  publicUrl: string;
}

export interface PublishCall {
  accessToken: string;
  account: AccountRef;
  text: string;
  media: MediaItem[];
  /**
   * The attempt's nonce, the same on every attempt of one target: Mastodon's `Idempotency-Key`,
   * Bluesky's record key. Instagram's adapter returns its media container id as `nonce` on the first
   * attempt (see `Published.nonce` and `NonceNeeded`).
   */
  nonce: string;
  /** Called before the request that creates the post leaves, so a crash after it is known to be ambiguous. */
  beforeSend(nonce?: string): Promise<void>;
}

export interface Published {
  externalId: string;
  url: string | null;
}

export type Reconciled = { state: 'absent' } | { state: 'present'; post: Published } | { state: 'unknown' };

export interface Engagement {
  likes: number;
  reposts: number;
  replies: number;
  impressions: number | null;
}

/**
 * What a network answered when it did not do what was asked: `status` is its HTTP status,
 * `message` its own words (shown to the creator), `retryAfterSeconds` its Retry-After.
 */
export class NetworkError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'NetworkError';
  }

  /** Rate limits, server errors and no answer at all: worth another attempt later. */
  get transient(): boolean {
    return this.status === 429 || this.status >= 500 || this.status === 0;
  }
}
