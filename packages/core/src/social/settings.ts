import type { PublishNetwork } from '@mewayz/contracts';
import type { PlatformVars } from '../platform/vars.ts';

export interface NetworkApp {
  apiUrl: string;
  authorizeUrl: string;
  clientId: string;
  clientSecret: string | null;
  /** Instagram: the code exchange (api.instagram.com, not the Graph host). */
  tokenUrl?: string;
  /** Bluesky: the did:plc directory (`apiUrl` is the service resolving handles). */
  plcUrl?: string;
}

/** How this deployment reaches the social networks (from the vars; see `platform/vars.ts`). */
export interface SocialSettings {
  /** The networks with app credentials; Mastodon is always there (registered per instance). */
  apps: Partial<Record<Exclude<PublishNetwork, 'mastodon'>, NetworkApp>>;
  /** Mastodon instances may be http/private addresses (the local stand-in). */
  allowPrivateUrls: boolean;
  timeoutMs: number;
  /** Where networks send the creator back after authorizing: the dashboard's callback. */
  callbackUrl: string;
  /** Where the images of posts are public (Instagram fetches them from a URL). */
  mediaOrigin: string;
}

export function socialSettingsOf(vars: PlatformVars, mediaOrigin: string): SocialSettings {
  const apps: SocialSettings['apps'] = {};
  if (vars.SOCIAL_X_CLIENT_ID)
    apps.x = {
      apiUrl: trim(vars.SOCIAL_X_API_URL),
      authorizeUrl: vars.SOCIAL_X_AUTHORIZE_URL,
      clientId: vars.SOCIAL_X_CLIENT_ID,
      clientSecret: vars.SOCIAL_X_CLIENT_SECRET ?? null,
    };
  if (vars.SOCIAL_BLUESKY_CLIENT_ID)
    apps.bluesky = {
      // Where handles are resolved; the authorization page is the account's own server's (PAR).
      apiUrl: trim(vars.SOCIAL_BLUESKY_SERVICE_URL),
      authorizeUrl: '',
      clientId: vars.SOCIAL_BLUESKY_CLIENT_ID,
      clientSecret: null,
      plcUrl: trim(vars.SOCIAL_BLUESKY_PLC_URL),
    };
  if (vars.SOCIAL_INSTAGRAM_APP_ID)
    apps.instagram = {
      apiUrl: trim(vars.SOCIAL_INSTAGRAM_API_URL),
      authorizeUrl: vars.SOCIAL_INSTAGRAM_AUTHORIZE_URL,
      tokenUrl: vars.SOCIAL_INSTAGRAM_TOKEN_URL,
      clientId: vars.SOCIAL_INSTAGRAM_APP_ID,
      clientSecret: vars.SOCIAL_INSTAGRAM_APP_SECRET ?? null,
    };
  return {
    apps,
    allowPrivateUrls: vars.SOCIAL_ALLOW_PRIVATE_URLS === 'true',
    timeoutMs: vars.SOCIAL_TIMEOUT_MS,
    callbackUrl: `${trim(vars.DASHBOARD_URL ?? 'http://localhost')}/social/callback`,
    mediaOrigin,
  };
}

const trim = (url: string) => url.replace(/\/+$/, '');
