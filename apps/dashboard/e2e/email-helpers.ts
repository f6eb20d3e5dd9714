import { dbOf } from '@mewayz/core/admin';
import { campaignSends, emailOutbox } from '@mewayz/db/schema';
import { type DashboardStack, testRootDomain } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a campaign email in the dev outbox carries that a reader acts on. */
type OutboxMail = typeof emailOutbox.$inferSelect;

/** The organization's mail in the dev outbox. */
export const outboxOf = (stack: DashboardStack, organizationId: string) =>
  dbOf(stack.deps).select().from(emailOutbox).where(eq(emailOutbox.organizationId, organizationId));

/**
 * A tracking link of an email, opened on this stack's edge: the links name the root host without the
 * test edge's port. (The links' origin is checked where the email is personalised: core campaign tests.)
 */
export function onThisEdge(stack: DashboardStack, link: string): string {
  const url = new URL(link);
  expect(url.hostname).toBe(testRootDomain);
  return `http://${testRootDomain}:${stack.edgePort}${url.pathname}${url.search}`;
}

/** Fetches within seconds of delivery count as a scanner's: wait until reading looks like a person. */
export async function waitToReadLikeAPerson(stack: DashboardStack, campaignId: string) {
  const sends = await dbOf(stack.deps)
    .select()
    .from(campaignSends)
    .where(eq(campaignSends.campaignId, campaignId));
  const lastSent = Math.max(...sends.map((s) => s.sentAt!.getTime()));
  await new Promise((r) => setTimeout(r, Math.max(0, lastSent + 11_000 - Date.now())));
}

/** Load the email's open pixel in Chromium, then follow its first tracked link; returns where it lands. */
export async function openAndClick(stack: DashboardStack, page: Page, mail: OutboxMail): Promise<string> {
  const pixel = onThisEdge(stack, /<img src="([^"]+\/e\/o\/[^"]+)"/.exec(mail.htmlBody!)![1]!);
  const click = onThisEdge(stack, /href="([^"]+\/e\/c\/[^"]+)"/.exec(mail.htmlBody!)![1]!);
  expect((await page.goto(pixel))!.headers()['content-type']).toBe('image/gif');
  await page.goto(click);
  return page.url();
}

/**
 * Unsubscribe in one click as a mail client does (RFC 8058: a POST of `List-Unsubscribe=One-Click`
 * to the header's https link), from the edge's origin. Returns the answer's status.
 */
export async function oneClickUnsubscribe(stack: DashboardStack, page: Page, mail: OutboxMail) {
  expect(mail.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  const url = onThisEdge(stack, /<(http[^>]+)>/.exec(mail.headers!['List-Unsubscribe']!)![1]!);
  await page.goto(`http://${testRootDomain}:${stack.edgePort}/`);
  return page.evaluate(
    async (u) =>
      (
        await fetch(u, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        })
      ).status,
    url,
  );
}

/** One figure of the campaign report, read after a reload (the events pipeline records asynchronously). */
export async function reportFigure(page: Page, testId: string) {
  await page.reload();
  return page.getByTestId(testId).textContent();
}
