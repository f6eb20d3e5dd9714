import { socialAccounts } from '@mewayz/db/schema';
import {
  authorizeAtStandin,
  createTestOrg,
  failureOf,
  type SocialStandin,
  socialCallbackUrl,
  socialDeps,
  startSocialStandin,
  testActor,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import {
  accountContextOf,
  adapters,
  contextOf,
  disconnectSocialAccount,
  finishSocialConnect,
  type SocialDeps,
  startSocialConnect,
  unsealTokens,
} from './accounts.ts';
import {
  type AtprotoResolver,
  authServerMetadata,
  authServerOfPds,
  dpopProof,
  jwkThumbprint,
  newDpopKey,
  resolveAtIdentity,
} from './adapters/atproto.ts';
import { blueskyAdapter } from './adapters/bluesky.ts';

/**
 * Bluesky's atproto OAuth against the stand-in over HTTP: handle → DID → DID document → PDS →
 * authorization server, the pushed authorization request, DPoP proofs with the nonce dance, the
 * `sub` check, refresh with the sealed key, and what the servers refuse (replayed proofs, tokens
 * without DPoP or shown with another key).
 */
let standin: SocialStandin;
let deps: SocialDeps;
const aliceDid = 'did:plc:alicestandin7xq2v';

beforeAll(async () => {
  standin = await startSocialStandin({ port: 0 });
});
afterAll(() => standin.close());
beforeEach(() => {
  standin.reset();
  deps = socialDeps(standin);
});

const resolver = (): AtprotoResolver => ({
  handleResolverUrl: standin.baseUrl('bluesky'),
  plcUrl: `${standin.baseUrl('bluesky')}/plc`,
  allowPrivateUrls: true,
  timeoutMs: 3000,
});

async function connectAlice() {
  const scope = await createTestOrg(deps);
  const { authorizeUrl } = await startSocialConnect(deps, scope, testActor, {
    network: 'bluesky',
    handle: '@Alice.Standin.Bsky',
  });
  const back = await authorizeAtStandin(authorizeUrl, 'allow', socialCallbackUrl);
  const account = await finishSocialConnect(deps, scope, testActor, back);
  const [row] = await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, account.id));
  return { scope, account, row: row! };
}

describe('atproto identity and discovery', () => {
  it('resolves a handle to its DID, its PDS and the PDS’s authorization server', async () => {
    const who = await resolveAtIdentity(resolver(), 'alice.standin.bsky');
    expect(who).toEqual({
      did: aliceDid,
      handle: 'alice.standin.bsky',
      pdsUrl: standin.baseUrl('bluesky'),
    });
    const issuer = await authServerOfPds(resolver(), who.pdsUrl);
    expect(issuer).toBe(`${standin.baseUrl('bluesky')}/entryway`);
    const meta = await authServerMetadata(resolver(), issuer);
    expect(meta.pushed_authorization_request_endpoint).toBe(`${issuer}/oauth/par`);
    // A DID typed directly finds its handle in the DID document.
    expect((await resolveAtIdentity(resolver(), aliceDid)).handle).toBe('alice.standin.bsky');
  });

  it('refuses handles that resolve nowhere, and discovery names that are not public https in production', async () => {
    await expect(resolveAtIdentity(resolver(), 'nobody.standin.bsky')).rejects.toMatchObject({ status: 400 });
    // Production resolution: the stand-in's http://127.0.0.1 PDS is not an address to follow.
    await expect(
      resolveAtIdentity({ ...resolver(), allowPrivateUrls: false }, 'alice.standin.bsky'),
    ).rejects.toThrow(/not a usable address/);
    const scope = await createTestOrg(deps);
    expect(
      await failureOf(
        startSocialConnect(deps, scope, testActor, { network: 'bluesky', handle: 'not a handle' }),
      ),
    ).toEqual([422, 'validation_failed', 'handle']);
    expect(
      await failureOf(
        startSocialConnect(deps, scope, testActor, { network: 'bluesky', handle: 'nobody.standin.bsky' }),
      ),
    ).toEqual([422, 'validation_failed', 'handle']);
  });
});

describe('connecting with PAR and DPoP', () => {
  it('pushes the authorization request with a DPoP proof, retrying once with the server’s nonce, and stores the sealed key', async () => {
    standin.rotateDpopNonce();
    const { row, account } = await connectAlice();
    expect(account).toMatchObject({ network: 'bluesky', handle: '@alice.standin.bsky', status: 'connected' });
    const calls = standin.requests();
    // The first PAR carried a stale nonce and was told the new one: the second went through.
    expect(calls.filter((c) => c === 'POST /bluesky/entryway/oauth/par')).toHaveLength(2);
    expect(calls).toContain('GET /bluesky/xrpc/com.atproto.identity.resolveHandle');
    expect(calls).toContain(`GET /bluesky/plc/${aliceDid}`);
    expect(calls).toContain('GET /bluesky/.well-known/oauth-protected-resource');
    expect(calls).toContain('POST /bluesky/entryway/oauth/token');
    expect(row).toMatchObject({
      externalId: aliceDid,
      pdsUrl: standin.baseUrl('bluesky'),
      authServer: `${standin.baseUrl('bluesky')}/entryway`,
    });
    // The DPoP key is a secret-box ciphertext that opens to an ES256 private JWK.
    expect(row.dpopKey).toMatch(/^k1:/);
    const key = JSON.parse(await deps.secrets.decrypt(row.dpopKey!));
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(key.d).toBeTruthy();
  });

  it('the authorization page takes only pushed requests, and PAR takes only DPoP-signed requests of a known client', async () => {
    const entry = `${standin.baseUrl('bluesky')}/entryway`;
    const direct = await fetch(
      `${entry}/oauth/authorize?client_id=x&redirect_uri=${encodeURIComponent(socialCallbackUrl)}&response_type=code`,
    );
    expect(direct.status).toBe(400);
    const par = await fetch(`${entry}/oauth/par`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: deps.social.apps.bluesky!.clientId, response_type: 'code' }),
    });
    expect(par.status).toBe(400);
    expect(((await par.json()) as { error_description: string }).error_description).toMatch(
      /DPoP proof required/,
    );
    // A client id whose metadata document cannot be fetched is refused at PAR.
    const scope = await createTestOrg(deps);
    const unknown: SocialDeps = {
      ...deps,
      social: {
        ...deps.social,
        apps: {
          ...deps.social.apps,
          bluesky: { ...deps.social.apps.bluesky!, clientId: `${standin.url}/nowhere/client-metadata.json` },
        },
      },
    };
    const [status, code] = await failureOf(
      startSocialConnect(unknown, scope, testActor, { network: 'bluesky', handle: 'alice.standin.bsky' }),
    );
    expect([status, code]).toEqual([424, 'social_connect_failed']);
  });

  it('refuses tokens whose sub is not the DID the handle resolved to, and an answer from another issuer', async () => {
    const scope = await createTestOrg(deps);
    // The creator typed bob's handle but signed in as alice at the authorization server.
    const started = await startSocialConnect(deps, scope, testActor, {
      network: 'bluesky',
      handle: 'bob.standin.bsky',
    });
    const back = await authorizeAtStandin(started.authorizeUrl, 'allow', socialCallbackUrl, aliceDid);
    expect((await failureOf(finishSocialConnect(deps, scope, testActor, back))).slice(0, 2)).toEqual([
      424,
      'social_connect_failed',
    ]);
    const again = await startSocialConnect(deps, scope, testActor, {
      network: 'bluesky',
      handle: 'alice.standin.bsky',
    });
    const other = await authorizeAtStandin(again.authorizeUrl, 'allow', socialCallbackUrl);
    await expect(
      finishSocialConnect(deps, scope, testActor, { ...other, iss: 'https://evil.example' }),
    ).rejects.toThrow(/another authorization server/);
    expect(
      await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.organizationId, scope.orgId)),
    ).toEqual([]);
  });

  it('names the mismatching account in the refusal', async () => {
    const scope = await createTestOrg(deps);
    const started = await startSocialConnect(deps, scope, testActor, {
      network: 'bluesky',
      handle: 'bob.standin.bsky',
    });
    const back = await authorizeAtStandin(started.authorizeUrl, 'allow', socialCallbackUrl, aliceDid);
    await expect(finishSocialConnect(deps, scope, testActor, back)).rejects.toThrow(
      /answered for another account \(did:plc:alicestandin7xq2v\), not did:plc:bobstandin4k2mq/,
    );
  });
});

describe('DPoP-bound tokens', () => {
  it('refreshes with the sealed key (the same key before and after), and refuses a refresh with another key', async () => {
    const { row } = await connectAlice();
    const ctx = await accountContextOf(deps, row);
    const tokens = await unsealTokens(deps, row);
    const next = await blueskyAdapter.refresh(ctx, tokens);
    expect(next.accessToken).not.toBe(tokens.accessToken);
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    // The new token is bound to the same key: the PDS takes it with proofs of that key.
    expect((await blueskyAdapter.me(ctx, next.accessToken)).externalId).toBe(aliceDid);
    const [after] = await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, row.id));
    expect(after!.dpopKey).toBe(row.dpopKey);
    // A refresh token shown with another key is refused.
    const stranger = {
      ...ctx,
      atproto: { ...ctx.atproto!, session: { ...ctx.atproto!.session!, dpopKey: await newDpopKey() } },
    };
    await expect(blueskyAdapter.refresh(stranger, next)).rejects.toMatchObject({ status: 400 });
    await expect(blueskyAdapter.me(stranger, next.accessToken)).rejects.toMatchObject({ status: 401 });
  });

  it('the PDS refuses a replayed proof, a Bearer token, a missing proof and a proof of another key', async () => {
    const { row } = await connectAlice();
    const ctx = await accountContextOf(deps, row);
    const session = ctx.atproto!.session!;
    const { accessToken } = await unsealTokens(deps, row);
    await blueskyAdapter.me(ctx, accessToken);
    const url = `${session.pdsUrl}/xrpc/com.atproto.server.getSession`;
    const nonce = await session.nonces.get(new URL(url).origin);
    expect(nonce).toBeTruthy();
    const proof = await dpopProof(session.dpopKey, { htm: 'GET', htu: url, nonce, accessToken });
    const call = (headers: Record<string, string>) => fetch(url, { headers });
    const first = await call({ authorization: `DPoP ${accessToken}`, dpop: proof });
    expect(first.status).toBe(200);
    const replay = await call({ authorization: `DPoP ${accessToken}`, dpop: proof });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { message: string }).message).toMatch(/replayed/);
    const bearer = await call({ authorization: `Bearer ${accessToken}` });
    expect(bearer.status).toBe(401);
    expect(bearer.headers.get('www-authenticate')).toMatch(/^DPoP /);
    expect((await call({ authorization: `DPoP ${accessToken}` })).status).toBe(401);
    const otherKey = await newDpopKey();
    expect(await jwkThumbprint(otherKey)).not.toBe(await jwkThumbprint(session.dpopKey));
    const foreign = await call({
      authorization: `DPoP ${accessToken}`,
      dpop: await dpopProof(otherKey, { htm: 'GET', htu: url, nonce, accessToken }),
    });
    expect(foreign.status).toBe(401);
    expect(((await foreign.json()) as { message: string }).message).toMatch(
      /not the one the token is bound to/,
    );
    // A proof for another method or without the token's hash is refused too.
    const wrongMethod = await call({
      authorization: `DPoP ${accessToken}`,
      dpop: await dpopProof(session.dpopKey, { htm: 'POST', htu: url, nonce, accessToken }),
    });
    expect(wrongMethod.status).toBe(401);
    const noAth = await call({
      authorization: `DPoP ${accessToken}`,
      dpop: await dpopProof(session.dpopKey, { htm: 'GET', htu: url, nonce }),
    });
    expect(noAth.status).toBe(401);
  });

  it('disconnecting revokes the grant with a DPoP proof and erases the key', async () => {
    const { row, scope } = await connectAlice();
    const ctx = await accountContextOf(deps, row);
    const tokens = await unsealTokens(deps, row);
    expect(await disconnectSocialAccount(deps, scope, testActor, row.id)).toEqual({ revoked: true });
    expect(standin.requests()).toContain('POST /bluesky/entryway/oauth/revoke');
    const [after] = await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, row.id));
    expect(after).toMatchObject({ status: 'revoked', dpopKey: null, accessToken: '' });
    // The revoked refresh token no longer buys tokens, even with the right key.
    await expect(blueskyAdapter.refresh(ctx, tokens)).rejects.toMatchObject({ status: 400 });
  });

  it('the token endpoint refuses requests without a DPoP proof', async () => {
    const { row } = await connectAlice();
    const tokens = await unsealTokens(deps, row);
    const res = await fetch(`${row.authServer}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refreshToken!,
        client_id: deps.social.apps.bluesky!.clientId,
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_dpop_proof');
  });

  it('a rotated nonce on the PDS costs one retry, and an account without a DPoP key must reconnect', async () => {
    const { row } = await connectAlice();
    const ctx = await accountContextOf(deps, row);
    const { accessToken } = await unsealTokens(deps, row);
    standin.rotateDpopNonce();
    const before = standin.requests().length;
    expect((await adapters.bluesky.me(ctx, accessToken)).externalId).toBe(aliceDid);
    expect(standin.requests().slice(before)).toEqual([
      'GET /bluesky/xrpc/com.atproto.server.getSession',
      'GET /bluesky/xrpc/com.atproto.server.getSession',
    ]);
    const legacy = await contextOf(deps, 'bluesky', '');
    await expect(adapters.bluesky.me(legacy, accessToken)).rejects.toMatchObject({ status: 401 });
  });
});
