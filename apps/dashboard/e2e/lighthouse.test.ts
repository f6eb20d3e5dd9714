import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPublishedSite,
  createTenant,
  type DashboardStack,
  repoRoot,
  startDashboardStack,
  testPassword,
} from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Lighthouse on the editor and analytics pages (signed in), against the app served by wrangler.
 * Not part of the normal run (≈ 1 min): `npm run bench:lighthouse -w @mewayz/dashboard`
 * (LIGHTHOUSE=1). Reports go to test-artifacts/lighthouse/.
 */
const enabled = process.env.LIGHTHOUSE === '1';
let stack: DashboardStack;
let chrome: ChildProcess;
let profile: string;
const port = 9300 + Math.floor(Math.random() * 500);
const pages: Record<string, string> = {};
let cookie = '';

describe.skipIf(!enabled)('lighthouse', () => {
  beforeAll(async () => {
    stack = await startDashboardStack();
    const tenant = await createTenant(stack.deps, 'Lighthouse Studio');
    const { site } = await createPublishedSite(stack.deps, tenant.scope);
    const page = await stack.browser.newPage();
    await page.goto(`${stack.appUrl}/sign-in`);
    await page.getByLabel('Email').fill(tenant.user.email);
    await page.getByLabel('Password').fill(testPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/sites');
    cookie = (await stack.browser.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    pages.editor = `${stack.appUrl}/sites/${site.id}`;
    pages.analytics = `${stack.appUrl}/analytics`;
    profile = mkdtempSync(join(tmpdir(), 'mewayz-lh-'));
    chrome = spawn(
      '/usr/bin/chromium',
      [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--remote-debugging-port=${port}`,
        `--user-data-dir=${profile}`,
        '--host-resolver-rules=MAP *.mewayz.localhost 127.0.0.1',
        'about:blank',
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }, 240_000);

  afterAll(async () => {
    if (chrome?.pid) chrome.kill('SIGTERM');
    await stack?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  for (const name of ['editor', 'analytics'] as const) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      it(`${name} (${formFactor}): performance ≥ 90, accessibility ≥ 95`, async () => {
        const { default: lighthouse } = await import('lighthouse');
        const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
        const result = await lighthouse(
          pages[name]!,
          {
            port,
            output: 'html',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
            extraHeaders: { Cookie: cookie },
          },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result!.lhr;
        const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
        const dir = join(repoRoot, 'test-artifacts', 'lighthouse');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${name}-${formFactor}.html`), result!.report as string);
        const line = `${name} ${formFactor}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}`;
        console.log(line);
        writeFileSync(join(dir, `${name}-${formFactor}.txt`), `${line}\n`);
        expect(lhr.finalDisplayedUrl).toBe(pages[name]);
        expect(score('performance')).toBeGreaterThanOrEqual(90);
        expect(score('accessibility')).toBeGreaterThanOrEqual(95);
      }, 120_000);
    }
  }
});
