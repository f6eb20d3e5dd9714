import { buttonShapes, embedProviders, fontStacks, socialNetworks, themePresets } from '@mewayz/contracts';
import { commerceService, coursesService } from '@mewayz/core';
import { themePresetPalettes } from '@mewayz/render';
import type { DashboardDeps } from '../env.server.ts';
import type { OrgContext } from '../tenant.server.ts';

/** The option lists and preset swatches the editor's forms offer (contracts stay out of the browser bundle). */
export function editorOptions() {
  const palettes = Object.fromEntries(
    themePresets.map((p) => {
      const b = themePresetPalettes[p].base;
      return [
        p,
        {
          background: b.bg,
          text: b.text,
          buttonBackground: b.buttonBg,
          buttonText: b.buttonText,
          accent: b.accent,
        },
      ];
    }),
  ) as Record<string, Record<string, string>>;
  return {
    palettes,
    options: {
      socialNetworks: [...socialNetworks] as string[],
      embedProviders: [...embedProviders] as string[],
      themePresets: [...themePresets] as string[],
      buttonShapes: [...buttonShapes] as string[],
      fontStacks: [...fontStacks] as string[],
    },
  };
}

/** Products, categories and courses the product, collection and course blocks can show, named for a `<select>`. */
export interface EditorCatalog {
  products: { id: string; name: string; active: boolean }[];
  /** With their path (`Merch › Tees`), parents first. */
  categories: { id: string; name: string }[];
  /** `published`: only those show on the site. */
  courses: { id: string; name: string; published: boolean }[];
}

/** The workspace's products and courses (newest 100) and categories for the block forms; none without commerce.view. */
export async function editorCatalog(deps: DashboardDeps, ctx: OrgContext): Promise<EditorCatalog> {
  if (!ctx.can('commerce.view')) return { products: [], categories: [], courses: [] };
  const [products, categories, courses] = await Promise.all([
    commerceService.listProducts(deps, ctx.scope, {}, { page: 1, perPage: 100 }),
    commerceService.listCategories(deps, ctx.scope, { page: 1, perPage: 200 }),
    coursesService.listCourses(deps, ctx.scope, { page: 1, perPage: 100 }),
  ]);
  const byId = new Map(categories.items.map((c) => [c.id, c]));
  const path = (id: string | null, depth = 0): string[] => {
    const c = id ? byId.get(id) : undefined;
    return c && depth < 10 ? [...path(c.parentId, depth + 1), c.name] : [];
  };
  return {
    products: products.items.map((p) => ({ id: p.id, name: p.name, active: p.active })),
    categories: categories.items
      .map((c) => ({ id: c.id, name: path(c.id).join(' › ') }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    courses: courses.items.map((c) => ({ id: c.id, name: c.title, published: c.status === 'published' })),
  };
}
