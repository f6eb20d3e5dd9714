import type { SecretBox } from '../crypto/secret-box.ts';
import type { CoreDeps } from '../deps.ts';
import type { Mailer } from '../email/mailer.ts';

/** What account, organization and invitation flows need beyond the core dependencies. */
export interface IdentityDeps extends CoreDeps {
  /** Encrypts TOTP secrets at rest. */
  secrets: SecretBox;
  mailer: Mailer;
  /** Origin of the dashboard, for links in emails (`http://app.mewayz.localhost:8788`). */
  appUrl: string;
}

/** Request context of an account action, for throttling and the audit log. */
export interface RequestContext {
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}
