import { coursesService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { courseEnrollments, emailOutbox, orders } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  type DashboardStack,
  eventually,
  startDashboardStack,
  type Tenant,
  testActor,
} from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, signInAs } from './page-checks.ts';

/**
 * Courses end to end in headless Chromium (issue #12's "done means" for courses): the creator builds
 * and publishes a free course in the dashboard; a visitor enrolls on the site by magic link (read from
 * the dev outbox), completes two lessons and sees the progress; buys a paid course with a test card on
 * the Stripe stand-in and gets access; a refund from the dashboard takes it away.
 */
let stack: DashboardStack;
let creator: Page;
let visitor: Page;
let owner: Tenant;
let slug: string;
let paidCourseId: string;
const student = 'student@example.test';

beforeAll(async () => {
  stack = await startDashboardStack();
  creator = await stack.browser.newPage();
  visitor = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Clay School');
  ({ slug } = await createPublishedSite(stack.deps, owner.scope));
  const deps = stack.deps;
  const paid = await coursesService.createCourse(deps, owner.scope, testActor, {
    title: 'Glaze masterclass',
    slug: 'glaze-masterclass',
    price: 2900,
    currency: 'USD',
  });
  const m = (
    await coursesService.createModule(deps, owner.scope, testActor, paid.id, { title: 'Foundations' })
  ).modules[0]!;
  await coursesService.createLesson(deps, owner.scope, testActor, paid.id, {
    moduleId: m.id,
    title: 'Fluxes',
    content: 'The glass formers and the **fluxes**.',
  });
  await coursesService.updateCourse(deps, owner.scope, testActor, paid.id, { status: 'published' });
  paidCourseId = paid.id;
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

/** Screenshots to /tmp for a look, desktop and phone, besides the harness's own. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `/tmp/courses-${name}-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `/tmp/courses-${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The newest sign-in link the dev outbox holds for `to`, followed in the visitor's tab. */
async function signInFromOutbox(to: string, count: number) {
  await visitor.goto(`${stack.appUrl}/dev/outbox?to=${encodeURIComponent(to)}`);
  const links = visitor.getByRole('link', { name: /\/learn\/auth\?token=/ });
  await eventually(
    async () => {
      await visitor.reload();
      return (await links.count()) >= count;
    },
    30_000,
    500,
  );
  await links.first().click();
  await visitor.getByRole('button', { name: 'Sign in to your courses' }).click();
}

describe('courses', () => {
  it('builds and publishes a free course; a visitor enrolls by magic link and completes two lessons', async () => {
    await signInAs(stack, creator, owner.user.email);
    await creator.goto(`${stack.appUrl}/courses`);
    await creator.getByLabel('New course title').fill('Pottery for beginners');
    await creator.getByRole('button', { name: 'Create course' }).click();
    await creator.waitForURL(/\/courses\/crs_/);
    await creator.getByLabel('New module').fill('First steps');
    await creator.getByRole('button', { name: 'Add module' }).click();
    await creator.getByLabel('Module 1').waitFor();
    for (const title of ['Wedging clay', 'Centering']) {
      await creator.getByLabel('New lesson').fill(title);
      await creator.getByRole('button', { name: 'Add lesson' }).click();
      await creator.getByText(title, { exact: true }).waitFor();
    }
    // Reorder by keyboard-reachable buttons, then back.
    await creator.getByRole('button', { name: 'Move lesson Centering up' }).click();
    await eventually(async () =>
      (await creator.getByTestId('lesson').allTextContents())[0]!.startsWith('Centering'),
    );
    await creator.getByRole('button', { name: 'Move lesson Centering down' }).click();
    await eventually(async () =>
      (await creator.getByTestId('lesson').allTextContents())[0]!.startsWith('Wedging clay'),
    );
    // A lesson's content, and a video shown click-to-load.
    await creator.getByText('Wedging clay', { exact: true }).click();
    await creator
      .getByLabel(/^Content/)
      .first()
      .fill('Knead the air out, **twenty** times.');
    await creator.getByRole('button', { name: 'Save lesson' }).first().click();
    await creator.getByText('Lesson saved.').waitFor();
    await creator.getByRole('button', { name: 'Publish' }).click();
    await creator.getByText(/Published: the sales page is live/).waitFor();
    await checkPage(stack, creator, 'course-builder');
    await shoot(creator, 'builder');
    const courseSlug = (await creator.getByLabel('Address').inputValue()) || 'pottery-for-beginners';

    // The visitor: sales page (curriculum, no scripts), enroll with an email.
    await visitor.goto(`${stack.siteUrl(slug)}courses/${courseSlug}`);
    expect(await visitor.locator('script').count()).toBe(0);
    expect(await visitor.getByText('Centering').count()).toBe(1);
    await shoot(visitor, 'sales-page');
    await visitor.getByLabel('Your email').fill(student);
    await visitor.getByRole('button', { name: 'Enroll for free' }).click();
    await visitor.getByRole('heading', { name: 'Check your email' }).waitFor();
    await signInFromOutbox(student, 1);
    await visitor.waitForURL(new RegExp(`/learn/${courseSlug}$`));
    expect(await visitor.getByText('0 of 2 lessons complete (0%)').count()).toBe(1);

    await visitor.getByRole('link', { name: /Start: Wedging clay/ }).click();
    expect(await visitor.locator('strong', { hasText: 'twenty' }).count()).toBe(1);
    await shoot(visitor, 'lesson');
    await visitor.getByRole('button', { name: 'Mark complete' }).click();
    await visitor.waitForURL(/\/centering$/);
    await visitor.getByRole('button', { name: 'Mark complete' }).click();
    await visitor.waitForURL(new RegExp(`/learn/${courseSlug}$`));
    expect(await visitor.getByText('2 of 2 lessons complete (100%)').count()).toBe(1);
    // The certificate, under the name the student types; its page is the public proof.
    await visitor.getByLabel('Name on your certificate').fill('Sam Student');
    await visitor.getByRole('button', { name: 'Get my certificate' }).click();
    await visitor.waitForURL(/\/certificates\/cert_/);
    expect(await visitor.getByText('Sam Student').count()).toBe(1);
    await shoot(visitor, 'certificate');
    await visitor.goto(`${stack.siteUrl(slug)}learn`);
    expect(await visitor.getByText('2 of 2 lessons complete (100%)').count()).toBe(1);
    await shoot(visitor, 'my-courses');

    // The creator sees the student and their progress.
    await creator.getByRole('link', { name: 'Students' }).first().click();
    await creator.getByText(student).waitFor();
    expect(await creator.getByText('2 of 2 lessons (100%)').count()).toBe(1);
    await checkPage(stack, creator, 'course-students');
    await shoot(creator, 'students');
  }, 300_000);

  it('sells a paid course with a test card, and a refund from the dashboard takes the access away', async () => {
    const linksBefore = (
      await dbOf(stack.deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, student))
    ).filter((m) => m.subject.startsWith('Your sign-in link')).length;
    await visitor.goto(`${stack.siteUrl(slug)}courses/glaze-masterclass`);
    await visitor.getByRole('button', { name: 'Buy for $29.00' }).click();
    await visitor.waitForURL(/\/c\/pay\/cs_test_/);
    await visitor.getByLabel('Email').fill(student);
    await visitor.getByLabel('Name on card').fill('Sam Student');
    await visitor.getByLabel('Card number').fill('4242 4242 4242 4242');
    await visitor.getByLabel('Expiry').fill('12 / 34');
    await visitor.getByLabel('CVC').fill('123');
    await visitor.getByRole('button', { name: /^Pay / }).click();
    await visitor.waitForURL(/\/checkout\/success/);
    const enrollment = async () =>
      (
        await dbOf(stack.deps)
          .select()
          .from(courseEnrollments)
          .where(and(eq(courseEnrollments.courseId, paidCourseId), eq(courseEnrollments.email, student)))
      )[0];
    await eventually(async () => (await enrollment())?.accessSentAt != null, 30_000);
    // The payment's sign-in link (one more than this address had).
    await signInFromOutbox(student, linksBefore + 1);
    await visitor.waitForURL(/\/learn$/);
    expect(await visitor.getByRole('heading', { name: 'Glaze masterclass' }).count()).toBe(1);

    // The creator refunds the order in full from the dashboard.
    const [order] = await dbOf(stack.deps)
      .select()
      .from(orders)
      .where(and(eq(orders.organizationId, owner.scope.orgId), eq(orders.status, 'paid')));
    await creator.goto(`${stack.appUrl}/orders/${order!.id}`);
    expect(await creator.getByText('Glaze masterclass').count()).toBeGreaterThan(0);
    await creator.getByRole('button', { name: 'Refund' }).click();
    await creator
      .getByRole('status')
      .getByText(/^Refund requested\./)
      .waitFor();
    await eventually(async () => (await enrollment())?.revokedAt != null, 30_000);
    await visitor.reload();
    expect(await visitor.getByRole('heading', { name: 'Glaze masterclass' }).count()).toBe(0);
    await visitor.goto(`${stack.siteUrl(slug)}learn/glaze-masterclass`);
    expect(await visitor.getByText('This course is not in your courses').count()).toBe(1);
  }, 300_000);
});
