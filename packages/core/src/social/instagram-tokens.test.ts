import { socialAccounts } from '@mewayz/db/schema';
import {
  connectStandinAccount,
  createTestOrg,
  type SocialStandin,
  socialDeps,
  startSocialStandin,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import { contextOf, unsealTokens } from './accounts.ts';
import { instagramAdapter } from './adapters/instagram.ts';
import { renewExpiringTokens, tokenKeepAliveMs } from './publish.ts';

/**
 * Instagram Login's tokens against the stand-in: the code buys a short-lived token (one hour), which
 * Graph's `ig_exchange_token` turns into a long-lived one (60 days); `ig_refresh_token` renews that.
 */
let standin: SocialStandin;
beforeAll(async () => {
  standin = await startSocialStandin({ port: 0 });
});
afterAll(() => standin.close());
beforeEach(() => standin.reset());

const day = 86_400_000;

describe('Instagram tokens', () => {
  it('exchanges the code’s short-lived token for a 60-day token and stores only that', async () => {
    const deps = socialDeps(standin);
    const scope = await createTestOrg(deps);
    const account = await connectStandinAccount(deps, scope, standin, 'instagram');
    const calls = standin.requests();
    const code = calls.indexOf('POST /instagram/oauth/access_token');
    const exchange = calls.indexOf('GET /instagram/access_token');
    expect(code).toBeGreaterThanOrEqual(0);
    expect(exchange).toBeGreaterThan(code);
    const [row] = await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, account.id));
    const left = row!.tokenExpiresAt!.getTime() - Date.now();
    expect(left).toBeGreaterThan(59 * day);
    expect(left).toBeLessThanOrEqual(60 * day);
    const tokens = await unsealTokens(deps, row!);
    expect(tokens.accessToken).toMatch(/^instagram_at_/);
    expect(tokens.refreshToken).toBeNull();
    const ctx = await contextOf(deps, 'instagram', '');
    expect((await instagramAdapter.me(ctx, tokens.accessToken)).handle).toBe('@alice.studio');
  });

  it('refreshes the long-lived token with ig_refresh_token, and refuses a short-lived one or a missing secret', async () => {
    const deps = socialDeps(standin);
    const scope = await createTestOrg(deps);
    const account = await connectStandinAccount(deps, scope, standin, 'instagram');
    const [row] = await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, account.id));
    const ctx = await contextOf(deps, 'instagram', '');
    const tokens = await unsealTokens(deps, row!);
    const next = await instagramAdapter.refresh(ctx, tokens);
    expect(next.accessToken).not.toBe(tokens.accessToken);
    expect(next.expiresAt!.getTime() - Date.now()).toBeGreaterThan(59 * day);
    expect(standin.requests()).toContain('GET /instagram/refresh_access_token');
    expect((await instagramAdapter.me(ctx, next.accessToken)).externalId).toBe(row!.externalId);
    // The exchange needs the app secret: without one configured, connecting fails before any request.
    await expect(
      instagramAdapter.exchangeCode(
        { ...ctx, clientSecret: null },
        { code: 'x', redirectUri: deps.social.callbackUrl, codeVerifier: '' },
      ),
    ).rejects.toThrow(/app secret/);
    // A short-lived token is not refreshable (only exchangeable), as at Graph.
    const short = await fetch(
      `${standin.baseUrl('instagram')}/refresh_access_token?grant_type=ig_refresh_token&access_token=instagram_sl_nope`,
    );
    expect(short.status).toBe(400);
    const exchangeAgain = await fetch(
      `${standin.baseUrl('instagram')}/access_token?grant_type=ig_exchange_token&client_secret=s&access_token=${next.accessToken}`,
    );
    expect(exchangeAgain.status).toBe(400);
  });

  it('renews a token that ends within a week, used or not; leaves later and ended ones; a refusal asks to connect again', async () => {
    const deps = socialDeps(standin);
    const now = new Date();
    const accountWithToken = async (endsInMs: number) => {
      const scope = await createTestOrg(deps);
      const account = await connectStandinAccount(deps, scope, standin, 'instagram');
      await dbOf(deps)
        .update(socialAccounts)
        .set({ tokenExpiresAt: new Date(now.getTime() + endsInMs) })
        .where(eq(socialAccounts.id, account.id));
      const row = async () =>
        (await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, account.id)))[0]!;
      return { organizationId: scope.orgId, before: await row(), row };
    };
    // Every run below is limited to one organization: other test files' accounts share the database.
    const soon = await accountWithToken(3 * day);
    expect(await renewExpiringTokens(deps, now, { organizationId: soon.organizationId })).toEqual({
      renewed: 1,
      refused: 0,
      failed: 0,
    });
    const renewed = await soon.row();
    expect(renewed.status).toBe('connected');
    expect(renewed.tokenExpiresAt!.getTime() - Date.now()).toBeGreaterThan(59 * day);
    const fresh = await unsealTokens(deps, renewed);
    expect(fresh.accessToken).not.toBe((await unsealTokens(deps, soon.before)).accessToken);
    const ctx = await contextOf(deps, 'instagram', '');
    expect((await instagramAdapter.me(ctx, fresh.accessToken)).externalId).toBe(renewed.externalId);
    // Renewed, it is no longer due: the next run leaves it.
    expect((await renewExpiringTokens(deps, now, { organizationId: soon.organizationId })).renewed).toBe(0);

    // Outside the week, or already ended (only connecting again helps): untouched.
    for (const endsIn of [tokenKeepAliveMs + day, -day]) {
      const other = await accountWithToken(endsIn);
      const refreshesBefore = standin.requests().filter((q) => q.includes('refresh_access_token')).length;
      expect(await renewExpiringTokens(deps, now, { organizationId: other.organizationId })).toEqual({
        renewed: 0,
        refused: 0,
        failed: 0,
      });
      expect(standin.requests().filter((q) => q.includes('refresh_access_token')).length).toBe(
        refreshesBefore,
      );
      expect(await other.row()).toEqual(other.before);
    }

    // Instagram refuses the renewal (the token was revoked there): the account asks to be connected again.
    const revoked = await accountWithToken(2 * day);
    standin.expireTokens('instagram');
    expect(await renewExpiringTokens(deps, now, { organizationId: revoked.organizationId })).toEqual({
      renewed: 0,
      refused: 1,
      failed: 0,
    });
    const after = await revoked.row();
    expect(after.status).toBe('needs_reauth');
    expect(after.lastError).toMatch(/validating access token/);
  });
});
