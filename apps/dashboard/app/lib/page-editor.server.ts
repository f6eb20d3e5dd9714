import {
  createSectionInput,
  reorderSectionsInput,
  type SectionKind,
  sectionKindNames,
  updatePageInput,
} from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { data, redirect } from '@remix-run/cloudflare';
import type { DashboardDeps } from './env.server.ts';
import { appErrorToResult, type FieldErrors, fail, parseWith } from './forms.server.ts';
import { newSectionData, readSectionForm } from './section-form.ts';
import type { OrgContext } from './tenant.server.ts';

/** What an intent of the page editor answers; `sectionId` and `draft` keep a refused section's typing. */
export interface PageEditorResult {
  ok: boolean;
  intent: string;
  message: string;
  sectionId?: string;
  fieldErrors?: FieldErrors;
  draft?: { variant: string; data: Record<string, unknown> };
}

const done = (intent: string, message: string, sectionId?: string) =>
  data<PageEditorResult>({ ok: true, intent, message, sectionId });

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
};

/** The page settings form → the page update the API takes (SEO fields empty = not set). */
function pageSettings(form: FormData) {
  const seoTitle = text(form, 'seoTitle').trim();
  const seoDescription = text(form, 'seoDescription').trim();
  const seoImage = text(form, 'seoImage').trim();
  return {
    title: text(form, 'title'),
    slug: text(form, 'slug'),
    nav: text(form, 'nav'),
    published: form.get('published') === 'on',
    seo: {
      ...(seoTitle ? { title: seoTitle } : {}),
      ...(seoDescription ? { description: seoDescription } : {}),
      ...(seoImage ? { ogImageUrl: seoImage } : {}),
      noindex: form.get('noindex') === 'on',
    },
  };
}

/**
 * One intent of the page editor. Every change goes through core's site services (the same as the
 * API's), so the kinds' schemas judge section data and errors come back under the field's path.
 */
export async function runPageIntent(
  deps: DashboardDeps,
  ctx: OrgContext,
  siteId: string,
  pageId: string,
  form: FormData,
  intent: string,
) {
  const { scope, actor } = ctx;
  const sectionId = text(form, 'sectionId');
  try {
    // The page must be this site's: a page id of another site in the URL is a 404, not an edit.
    const page = await sitesService.getPage(scope, pageId);
    if (page.siteId !== siteId) throw new Response('Not found', { status: 404 });
    switch (intent) {
      case 'page-settings': {
        const parsed = parseWith(updatePageInput, pageSettings(form));
        if (!parsed.ok) return fail('Check the page settings.', parsed.fieldErrors, { intent });
        await sitesService.updatePage(deps, scope, actor, pageId, parsed.data);
        return done(intent, 'Page settings saved.');
      }
      case 'add-section': {
        const kind = text(form, 'kind') as SectionKind;
        if (!sectionKindNames.includes(kind)) return fail('Choose a kind of section.', {}, { intent });
        const created = await sitesService.createSection(
          deps,
          scope,
          actor,
          pageId,
          createSectionInput.parse({ kind, data: newSectionData[kind] }),
        );
        return done(intent, 'Section added at the end of the page.', created.id);
      }
      case 'save-section': {
        const current = (await sitesService.listSections(scope, pageId)).find((s) => s.id === sectionId);
        if (!current) throw new Response('Not found', { status: 404 });
        const draft = {
          variant: text(form, 'variant') || current.variant,
          data: readSectionForm(current.kind, form),
        };
        try {
          await sitesService.updateSection(deps, scope, actor, pageId, sectionId, draft);
        } catch (err) {
          const refused = appErrorToResult(err, { intent, sectionId, draft } as never, 'data.');
          return refused;
        }
        return done(intent, 'Section saved.', sectionId);
      }
      case 'move-section': {
        const ids = (await sitesService.listSections(scope, pageId)).map((s) => s.id);
        const at = ids.indexOf(sectionId);
        const to = text(form, 'direction') === 'up' ? at - 1 : at + 1;
        if (at < 0) throw new Response('Not found', { status: 404 });
        if (to < 0 || to >= ids.length) return done(intent, 'The section is already there.', sectionId);
        [ids[at], ids[to]] = [ids[to]!, ids[at]!];
        await sitesService.reorderSections(deps, scope, actor, pageId, { sectionIds: ids });
        return done(intent, 'Section moved.', sectionId);
      }
      case 'reorder-sections': {
        // The whole order at once, from a drag (or Alt+arrow) in the list; core checks it is a permutation.
        const parsed = parseWith(reorderSectionsInput, {
          sectionIds: text(form, 'sectionIds').split(',').filter(Boolean),
        });
        if (!parsed.ok) return fail('The new order could not be read; reload the page.', {}, { intent });
        await sitesService.reorderSections(deps, scope, actor, pageId, parsed.data);
        return done(intent, 'Sections reordered.');
      }
      case 'duplicate-section': {
        const copy = await sitesService.duplicateSection(deps, scope, actor, pageId, sectionId);
        return done(intent, 'Section duplicated below the original.', copy.id);
      }
      case 'delete-section':
        await sitesService.deleteSection(deps, scope, actor, pageId, sectionId);
        return done(intent, 'Section removed from the draft.');
      case 'publish-page': {
        const site = await sitesService.publishPage(deps, scope, actor, pageId);
        return done(
          intent,
          `This page is live as version ${site.publishedVersion}; the rest of the site is unchanged.`,
        );
      }
      case 'publish-site': {
        const site = await sitesService.publishSite(deps, scope, actor, siteId);
        return done(intent, `Site published as version ${site.publishedVersion}.`);
      }
      case 'duplicate-page': {
        const copy = await sitesService.duplicatePage(deps, scope, actor, pageId);
        return redirect(`/sites/${siteId}/pages/${copy.id}?copied=1`);
      }
      case 'delete-page':
        await sitesService.deletePage(deps, scope, actor, pageId);
        return redirect(`/sites/${siteId}/pages?deleted=${encodeURIComponent(page.slug)}`);
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent, sectionId: sectionId || undefined } as never);
  }
}
