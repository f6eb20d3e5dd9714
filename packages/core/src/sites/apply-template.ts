import { createBlockInput, createSectionInput, pageSlug, type SiteTemplate } from '@mewayz/contracts';
import { blocks, pageSections, sitePages } from '@mewayz/db/schema';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { starterTemplates } from './starter-templates.ts';

/**
 * Write a starter template's blocks, pages and sections into a new site's draft, inside the
 * transaction that creates the site (a site never exists half-templated). Everything passes the same
 * schemas as the API's inputs, so a template can hold nothing a creator could not have made.
 */
export async function applyTemplate(tx: TenantScope, siteId: string, template: SiteTemplate): Promise<void> {
  const t = starterTemplates[template];
  for (const [position, block] of t.blocks.entries()) {
    const input = createBlockInput.parse(block);
    await tx.insert(blocks, {
      id: newId('block'),
      siteId,
      type: input.type,
      position,
      data: input.data as Record<string, unknown>,
    });
  }
  for (const [position, page] of t.pages.entries()) {
    const pageId = newId('page');
    await tx.insert(sitePages, {
      id: pageId,
      siteId,
      // Through the page schema too: a template can't take an address the site host keeps for itself.
      slug: pageSlug.parse(page.slug),
      title: page.title,
      nav: page.nav,
      position,
      seo: { description: page.description, noindex: false },
      // Part of the first publish; until then the draft is only in the dashboard.
      status: 'published',
      role: 'page',
    });
    for (const [sectionPosition, section] of page.sections.entries()) {
      const input = createSectionInput.parse(section);
      await tx.insert(pageSections, {
        id: newId('section'),
        siteId,
        pageId,
        kind: input.kind,
        variant: input.variant,
        position: sectionPosition,
        data: input.data as Record<string, unknown>,
      });
    }
  }
}
