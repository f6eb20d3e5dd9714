import type { Locator, Page } from 'playwright-core';

/** Press on `from`, move in small steps onto `to` (as a hand does: dnd-kit reads each move), release. */
export async function dragWithMouse(page: Page, from: Locator, to: Locator) {
  const a = await from.boundingBox();
  if (!a) throw new Error('drag source is not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const b = await to.boundingBox();
  if (!b) throw new Error('drop target is not visible');
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  // One more small move over the target, so the drop target is measured where the pointer is.
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 2, { steps: 2 });
  await page.mouse.up();
}
