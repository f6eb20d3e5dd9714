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
import { dragWithMouse } from './editor-helpers.ts';
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

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

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
    await signInAs(stack, creator, owner.user.email);
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

  it('uploads a lesson video and a file, reorders lessons by keyboard and by drag and drop; a student watches and downloads', async () => {
    const deps = stack.deps;
    const course = await coursesService.createCourse(deps, owner.scope, testActor, {
      title: 'Throwing bowls',
    });
    const moduleId = (
      await coursesService.createModule(deps, owner.scope, testActor, course.id, { title: 'Bowls' })
    ).modules[0]!.id;
    for (const title of ['Alpha', 'Bravo', 'Charlie'])
      await coursesService.createLesson(deps, owner.scope, testActor, course.id, { moduleId, title });
    const published = await coursesService.updateCourse(deps, owner.scope, testActor, course.id, {
      status: 'published',
    });
    const lessonId = (title: string) => published.modules[0]!.lessons.find((l) => l.title === title)!.id;
    const titles = async () =>
      (await creator.getByTestId('lesson').locator('summary > span:first-child').allTextContents()).map((t) =>
        t.trim(),
      );
    const savedOrder = async () =>
      (await coursesService.getCourse(deps, owner.scope, course.id)).modules[0]!.lessons.map((l) => l.title);

    await signInAs(stack, creator, owner.user.email);
    await creator.goto(`${stack.appUrl}/courses/${course.id}`);
    // Drag and drop has loaded once the grips are dnd-kit's sortables.
    const grip = (title: string) =>
      creator.getByRole('button', { name: new RegExp(`^Reorder lesson ${title} `) });
    await expect.poll(() => grip('Alpha').getAttribute('aria-roledescription')).toBe('sortable');

    // Keyboard: Alt+Arrow Down on Alpha's grip moves it below Bravo, and the grip keeps the focus.
    await grip('Alpha').focus();
    await creator.keyboard.press('Alt+ArrowDown');
    await expect.poll(titles).toEqual(['Bravo', 'Alpha', 'Charlie']);
    await expect.poll(savedOrder).toEqual(['Bravo', 'Alpha', 'Charlie']);
    expect(await creator.evaluate('document.activeElement && document.activeElement.id')).toBe(
      `grip-${lessonId('Alpha')}`,
    );

    // Mouse: drag Charlie onto Bravo (the top).
    await dragWithMouse(creator, grip('Charlie'), grip('Bravo'));
    await expect.poll(savedOrder).toEqual(['Charlie', 'Bravo', 'Alpha']);
    await creator.reload();
    await expect.poll(titles).toEqual(['Charlie', 'Bravo', 'Alpha']);

    // Upload a small MP4 and a PDF to Alpha; a file that only claims to be a video is refused.
    const video = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypisom'),
      Buffer.alloc(2000, 7),
    ]);
    const pdf = Buffer.from('%PDF-1.7\nbowl worksheet\n');
    const alpha = lessonId('Alpha');
    await creator.getByText('Alpha', { exact: true }).click();
    await creator
      .locator(`#vu-${alpha}`)
      .setInputFiles({ name: 'fake.mp4', mimeType: 'video/mp4', buffer: Buffer.from('just text') });
    await creator
      .locator(`#vu-${alpha}`)
      .locator('xpath=ancestor::form')
      .getByRole('button', { name: 'Upload video' })
      .click();
    await creator.getByText('Use an MP4, MOV or WebM video.').waitFor();
    await creator
      .locator(`#vu-${alpha}`)
      .setInputFiles({ name: 'bowl.mp4', mimeType: 'video/mp4', buffer: video });
    await creator
      .locator(`#vu-${alpha}`)
      .locator('xpath=ancestor::form')
      .getByRole('button', { name: 'Upload video' })
      .click();
    await creator.getByText('Video uploaded.').waitFor();
    await creator.getByText('Alpha', { exact: true }).click();
    await creator
      .locator(`#au-${alpha}`)
      .setInputFiles({ name: 'Bowl worksheet.pdf', mimeType: 'application/pdf', buffer: pdf });
    await creator.getByRole('button', { name: 'Add file' }).first().click();
    await creator.getByText('File added.').waitFor();
    const alphaRow = creator.getByTestId('lesson').filter({ hasText: 'Alpha' });
    if ((await alphaRow.getAttribute('open')) === null)
      await creator.getByText('Alpha', { exact: true }).click();
    expect(await creator.getByTestId('lesson-video').first().textContent()).toContain('MP4');
    expect(await creator.getByTestId('lesson-attachments').first().textContent()).toContain(
      'Bowl-worksheet.pdf',
    );
    // A thumbnail for the course's cards: a file that only claims to be an image is refused.
    await creator
      .locator('#thumb-file')
      .setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await creator.getByRole('button', { name: 'Upload thumbnail' }).click();
    await creator.getByText('Use a PNG, JPEG, WebP or GIF image.').first().waitFor();
    await creator
      .locator('#thumb-file')
      .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: onePixelPng });
    await creator.getByRole('button', { name: 'Upload thumbnail' }).click();
    await creator.getByText('Thumbnail uploaded.').waitFor();
    const thumb = creator.getByTestId('course-thumbnail');
    await expect
      .poll(() => thumb.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(1);
    // The sites serve it at the same `/media/<key>` (course cards show it from there).
    const src = (await thumb.getAttribute('src'))!;
    expect(src).toMatch(/^\/media\/courses\/org_[a-z0-9]+\/crs_[a-z0-9]+\/[A-Za-z0-9_-]+\.png$/);
    // Fetched by the browser: Node does not resolve *.localhost names.
    const probe = await stack.browser.newPage();
    const served = (await probe.goto(`${stack.siteUrl(slug)}${src.slice(1)}`))!;
    expect([served.status(), served.headers()['content-type']]).toEqual([200, 'image/png']);
    expect(await served.body()).toEqual(onePixelPng);
    await probe.close();
    await checkPage(stack, creator, 'course-builder-files');
    await creator.setViewportSize({ width: 1280, height: 800 });
    await creator.screenshot({ path: '/tmp/course-builder-1280.png', fullPage: true });
    await creator.setViewportSize({ width: 390, height: 844 });
    await creator.screenshot({ path: '/tmp/course-builder-390.png', fullPage: true });
    expect(await creator.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await creator.setViewportSize({ width: 1280, height: 800 });

    // The student is enrolled by hand and opens Alpha.
    await coursesService.createEnrollment(deps, owner.scope, testActor, {
      courseId: course.id,
      email: student,
    });
    await visitor.goto(`${stack.siteUrl(slug)}learn/${published.slug}/alpha`);
    // The refund above ended the student's session with its access: sign in again from the lesson.
    if (visitor.url().includes('/learn/sign-in')) {
      const linksBefore = (
        await dbOf(deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, student))
      ).filter((m) => m.subject.startsWith('Your sign-in link')).length;
      await visitor.getByLabel('Your email').fill(student);
      await visitor.getByRole('button', { name: 'Email me a link' }).click();
      await signInFromOutbox(student, linksBefore + 1);
      await visitor.waitForURL(/\/alpha$/);
    }
    const player = visitor.locator('video[controls][preload="metadata"]');
    await player.waitFor();
    expect(await player.getAttribute('src')).toBe(`/learn/${published.slug}/alpha/video`);
    expect(await visitor.locator('script').count()).toBe(0);
    const ranged = await visitor.evaluate(async (src) => {
      const r = await fetch(src, { headers: { range: 'bytes=4-11' } });
      return { status: r.status, text: await r.text(), cache: r.headers.get('cache-control') };
    }, `/learn/${published.slug}/alpha/video`);
    expect(ranged).toEqual({ status: 206, text: 'ftypisom', cache: 'private, no-store' });
    const [download] = await Promise.all([
      visitor.waitForEvent('download'),
      visitor.getByRole('link', { name: 'Bowl-worksheet.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Bowl-worksheet.pdf');
    const { readFile } = await import('node:fs/promises');
    expect((await readFile((await download.path())!)).toString()).toBe(pdf.toString());
    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.screenshot({ path: '/tmp/course-lesson-video-390.png', fullPage: true });
    await visitor.setViewportSize({ width: 1280, height: 800 });
  }, 300_000);
});
