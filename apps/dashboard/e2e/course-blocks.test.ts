import { coursesService, sitesService } from '@mewayz/core';
import {
  createTenant,
  type DashboardStack,
  signedInPage,
  startDashboardStack,
  type Tenant,
  uniqueSlug,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The course block in the site editor (Chromium): the creator picks one of the workspace's courses,
 * the preview shows its card, and once published a visitor follows the card to the sales page.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
const actor = { userId: null };

beforeAll(async () => {
  stack = await startDashboardStack();
  owner = await createTenant(stack.deps, 'Course Studio');
  page = await signedInPage(stack, owner.user.email);
}, 480_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const preview = () => page.locator('iframe[title="Live preview of the draft site"]');
const rows = () => page.locator('ol[aria-label="Blocks, in page order"] > li');

/** A published course with one module of `lessons` lessons. */
async function publishedCourse(title: string, price: number, lessons: number) {
  const { deps } = stack;
  const course = await coursesService.createCourse(deps, owner.scope, actor, {
    title,
    price,
    currency: 'USD',
    level: 'intermediate',
    description: `Everything about **${title.toLowerCase()}**, step by step, with exercises for every lesson.`,
  });
  const moduleId = (
    await coursesService.createModule(deps, owner.scope, actor, course.id, { title: 'Part 1' })
  ).modules[0]!.id;
  for (let n = 1; n <= lessons; n++)
    await coursesService.createLesson(deps, owner.scope, actor, course.id, {
      moduleId,
      title: `Lesson ${n}`,
    });
  return coursesService.updateCourse(deps, owner.scope, actor, course.id, { status: 'published' });
}

describe('the course block in the editor', () => {
  it('adds a course card from the workspace’s courses, previews and publishes it; a visitor follows it to the sales page', async () => {
    const { deps } = stack;
    const glaze = await publishedCourse('Glaze chemistry masterclass', 4900, 4);
    await publishedCourse('Wheel throwing basics', 0, 5);
    const site = await sitesService.createSite(deps, owner.scope, actor, {
      slug: uniqueSlug('courses'),
      name: 'Course Person',
    });

    await page.goto(`${stack.appUrl}/sites/${site.id}?add=course`);
    await page.locator('[data-editor-ready]').waitFor();
    const add = page.locator('#add-block');
    await add.getByLabel('Course', { exact: true }).selectOption({ label: 'Glaze chemistry masterclass' });
    await page.getByRole('button', { name: 'Add course' }).click();
    await page.getByText('Course added.').waitFor();
    await expect(rows().first().textContent()).resolves.toContain('Glaze chemistry masterclass');
    await expect.poll(() => preview().getAttribute('srcdoc')).toContain('$49.00');

    // "All published courses" leaves the course out and shows the newest, up to the limit.
    await add.getByLabel('Course', { exact: true }).selectOption({ label: 'All published courses' });
    await add.getByLabel('How many, for all courses (1–12)').fill('2');
    await page.getByRole('button', { name: 'Add course' }).click();
    await expect
      .poll(async () => (await sitesService.listBlocks(owner.scope, site.id)).map((b) => b.data))
      .toEqual([{ courseId: glaze.id, limit: 3 }, { limit: 2 }]);
    await expect(rows().nth(1).textContent()).resolves.toContain('All published courses · up to 2');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/Published version 1/).waitFor();
    const visitor = await stack.browser.newPage();
    await visitor.setViewportSize({ width: 1280, height: 800 });
    await visitor.goto(stack.siteUrl(site.slug));
    const card = visitor.getByRole('link', { name: /Glaze chemistry masterclass/ });
    await expect(card.count()).resolves.toBe(2);
    await expect(visitor.getByRole('link', { name: /Wheel throwing basics.*Free/ }).count()).resolves.toBe(1);
    await expect(visitor.locator('script').count()).resolves.toBe(0);
    await visitor.screenshot({ path: '/tmp/course-block-1280x800.png', fullPage: true });
    await visitor.setViewportSize({ width: 390, height: 844 });
    const sideways = await visitor.evaluate('document.documentElement.scrollWidth > window.innerWidth');
    expect(sideways).toBe(false);
    await visitor.screenshot({ path: '/tmp/course-block-390x844.png', fullPage: true });

    await card.first().click();
    await visitor.waitForURL(`**/courses/${glaze.slug}`);
    await expect(
      visitor.getByRole('heading', { name: 'Glaze chemistry masterclass', level: 1 }).count(),
    ).resolves.toBe(1);
    await expect(visitor.getByRole('button', { name: 'Buy for $49.00' }).count()).resolves.toBe(1);
    await visitor.close();
  }, 120_000);
});
