import { useRouteLoaderData } from '@remix-run/react';
import { optionsOfKind } from '../lib/editor/block-kinds.ts';
import type { EditorCatalog } from '../lib/editor/loader-data.server.ts';
import { mediaPath } from '../lib/editor/media-path.ts';
import { toZonedInput } from '../lib/time-zone.ts';
import { Checkbox, Field, Select, TextArea, TimeZoneInput, useTimeZone } from './ui.tsx';

interface EditorLoaderData {
  options: { socialNetworks: string[]; embedProviders: string[] };
  catalog: EditorCatalog;
}

/** Option lists come from the editor's loader (the contracts package stays out of the browser bundle). */
function useOptions() {
  const d = useRouteLoaderData<EditorLoaderData>('routes/_app.sites.$siteId');
  return d?.options ?? { socialNetworks: [], embedProviders: [] };
}

/** The workspace's products and categories, for the product and collection blocks. */
function useCatalog(): EditorCatalog {
  const d = useRouteLoaderData<EditorLoaderData>('routes/_app.sites.$siteId');
  return d?.catalog ?? { products: [], categories: [], courses: [] };
}

/** Names of the workspace's products, categories and courses by id, for the block list's summaries. */
export function useCatalogNames(): Record<string, string> {
  const { products, categories, courses } = useCatalog();
  return Object.fromEntries([...products, ...categories, ...courses].map((x) => [x.id, x.name]));
}

export { blockLabels } from '../lib/editor/block-labels.ts';

type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** The data fields of one block kind. `id` keeps labels unique when several forms are on a page. */
export function BlockFields({
  type,
  data = {},
  errors = {},
  id,
}: {
  type: string;
  data?: Data;
  errors?: Record<string, string>;
  id: string;
}) {
  const { socialNetworks, embedProviders } = useOptions();
  const catalog = useCatalog();
  const f = (name: string) => ({
    id: `${id}-${name}`,
    name: `data.${name}`,
    defaultValue: str(data[name]),
    error: errors[`data.${name}`],
  });
  // How many items a list block shows: the schema's bounds, its default when unset.
  const limitField = (fallback: string) => ({
    ...f('limit'),
    defaultValue: str(data.limit) || fallback,
    type: 'number',
    min: 1,
    max: 12,
  });
  switch (type) {
    case 'link':
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Title" {...f('title')} required />
          <Field label="URL" {...f('url')} type="url" inputMode="url" placeholder="https://" required />
          <Field
            label="Thumbnail URL (optional)"
            {...f('thumbnailUrl')}
            type="url"
            className="sm:col-span-2"
          />
        </div>
      );
    case 'header':
      return <Field label="Heading text" {...f('text')} required />;
    case 'text':
      return (
        <TextArea
          label="Text (Markdown: **bold**, _italic_, [links](https://…))"
          {...f('markdown')}
          rows={4}
          required
        />
      );
    case 'social': {
      const links = (Array.isArray(data.links) ? data.links : []) as { network?: string; url?: string }[];
      const rows = Array.from({ length: Math.max(links.length + 1, 3) }, (_, i) => links[i] ?? {});
      return (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">
            Profiles (leave a row empty to skip it)
          </legend>
          {errors['data.links'] ? (
            <p className="text-xs font-medium text-red-700">{errors['data.links']}</p>
          ) : null}
          {rows.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions (link 1, 2, …), not identities.
            <div key={`${id}-${i}`} className="grid gap-3 sm:grid-cols-[10rem_1fr]">
              <Select
                label={`Network ${i + 1}`}
                id={`${id}-net-${i}`}
                name={`data.links[${i}].network`}
                defaultValue={l.network ?? ''}
              >
                <option value="">—</option>
                {socialNetworks.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
              <Field
                label={`Profile URL ${i + 1}`}
                id={`${id}-url-${i}`}
                name={`data.links[${i}].url`}
                defaultValue={l.url ?? ''}
                type="url"
                error={errors[`data.links[${i}].url`] ?? errors[`data.links[${i}].network`]}
              />
            </div>
          ))}
        </fieldset>
      );
    }
    case 'image': {
      const url = str(data.url);
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          {url ? (
            <img
              src={mediaPath(url)}
              alt=""
              className="max-h-40 w-auto max-w-full rounded-lg object-contain ring-1 ring-slate-200 sm:col-span-2"
            />
          ) : null}
          <Field
            label="Upload an image"
            id={`${id}-imageFile`}
            name="imageFile"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            error={errors.imageFile}
            hint="PNG, JPEG, WebP or GIF, up to 2 MB. Its size is filled in for you."
            className="sm:col-span-2"
          />
          <Field
            label="…or image URL"
            {...f('url')}
            type="url"
            inputMode="url"
            placeholder="https://"
            className="sm:col-span-2"
          />
          <Field label="Alt text" {...f('alt')} hint="Describe the image for screen readers." />
          <Field label="Link (optional)" {...f('href')} type="url" inputMode="url" />
          <Field label="Width (px)" {...f('width')} type="number" min={1} max={4096} />
          <Field label="Height (px)" {...f('height')} type="number" min={1} max={4096} />
        </div>
      );
    }
    case 'embed':
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            label="Provider"
            id={`${id}-provider`}
            name="data.provider"
            defaultValue={str(data.provider) || 'youtube'}
            error={errors['data.provider']}
          >
            {embedProviders.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
          <Field label="URL" {...f('url')} type="url" required />
          <Field label="Title (optional)" {...f('title')} className="sm:col-span-2" />
        </div>
      );
    case 'email_signup':
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Title" {...f('title')} required className="sm:col-span-2" />
          <Field label="Button label" {...f('buttonLabel')} placeholder="Subscribe" />
          <Field label="Success message" {...f('successMessage')} placeholder="Thanks for subscribing!" />
        </div>
      );
    case 'contact':
      return (
        <div className="grid gap-4 sm:grid-cols-3">
          {errors.data ? (
            <p className="text-xs font-medium text-red-700 sm:col-span-3">{errors.data}</p>
          ) : null}
          <Field label="Email" {...f('email')} type="email" />
          <Field label="Phone" {...f('phone')} type="tel" />
          <Field label="WhatsApp" {...f('whatsapp')} type="tel" />
        </div>
      );
    case 'spacer':
      return (
        <Select label="Size" id={`${id}-size`} name="data.size" defaultValue={str(data.size) || 'md'}>
          <option value="sm">Small</option>
          <option value="md">Medium</option>
          <option value="lg">Large</option>
        </Select>
      );
    case 'product':
      return catalog.products.length === 0 ? (
        <p className="text-sm text-slate-600">Add a product to your catalog first; then pick it here.</p>
      ) : (
        <Select
          label="Product"
          id={`${id}-productId`}
          name="data.productId"
          defaultValue={str(data.productId)}
          error={errors['data.productId']}
          required
        >
          <option value="">Choose a product…</option>
          {catalog.products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.active ? p.name : `${p.name} (inactive: not shown)`}
            </option>
          ))}
        </Select>
      );
    case 'collection':
      return (
        <div className="grid gap-4 sm:grid-cols-3">
          <Select
            label="Category"
            id={`${id}-categoryId`}
            name="data.categoryId"
            defaultValue={str(data.categoryId)}
            error={errors['data.categoryId']}
          >
            <option value="">All products</option>
            {catalog.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
          <Select
            label="Layout"
            id={`${id}-layout`}
            name="data.layout"
            defaultValue={str(data.layout) || 'grid'}
            error={errors['data.layout']}
          >
            <option value="grid">Grid</option>
            <option value="list">List</option>
          </Select>
          <Field label="How many (1–12)" {...limitField('6')} />
        </div>
      );
    case 'course':
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            label="Course"
            id={`${id}-courseId`}
            name="data.courseId"
            defaultValue={str(data.courseId)}
            error={errors['data.courseId']}
          >
            <option value="">All published courses</option>
            {catalog.courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.published ? c.name : `${c.name} (draft: not shown)`}
              </option>
            ))}
          </Select>
          <Field label="How many, for all courses (1–12)" {...limitField('3')} />
        </div>
      );
    default:
      return <p className="text-sm text-slate-600">This block has no settings.</p>;
  }
}

/** Visibility for every block; schedule and highlight only for the kinds where they mean something. */
export function BlockOptions({
  id,
  type,
  block,
  errors = {},
}: {
  id: string;
  type: string;
  block?: { active: boolean; featured: boolean; startsAt: string | null; endsAt: string | null };
  errors?: Record<string, string>;
}) {
  const tz = useTimeZone();
  const kind = optionsOfKind(type);
  return (
    <fieldset className="grid gap-4 rounded-lg bg-slate-50 p-4 sm:grid-cols-2">
      <legend className="sr-only">{kind.schedule ? 'Visibility and schedule' : 'Visibility'}</legend>
      {kind.schedule ? (
        <>
          <TimeZoneInput zone={tz} />
          <Field
            label={`Show from (${tz}, optional)`}
            id={`${id}-starts`}
            name="startsAt"
            type="datetime-local"
            defaultValue={toZonedInput(block?.startsAt, tz)}
            error={errors.startsAt}
          />
          <Field
            label={`Hide after (${tz}, optional)`}
            id={`${id}-ends`}
            name="endsAt"
            type="datetime-local"
            defaultValue={toZonedInput(block?.endsAt, tz)}
            error={errors.endsAt}
          />
        </>
      ) : null}
      <Checkbox label="Visible" id={`${id}-active`} name="active" defaultChecked={block?.active ?? true} />
      {kind.featured ? (
        <Checkbox
          label="Highlight (featured)"
          id={`${id}-featured`}
          name="featured"
          defaultChecked={block?.featured ?? false}
        />
      ) : null}
    </fieldset>
  );
}

/** A one-line summary of a block for the list (`names`: products and categories by id). */
export function blockSummary(type: string, data: Data, names: Record<string, string> = {}): string {
  switch (type) {
    case 'link':
      return `${str(data.title)} → ${str(data.url)}`;
    case 'header':
      return str(data.text);
    case 'text':
      return str(data.markdown).slice(0, 80);
    case 'social':
      return (Array.isArray(data.links) ? data.links : [])
        .map((l: { network?: string }) => l.network)
        .join(', ');
    case 'image':
      return str(data.alt) || str(data.url);
    case 'embed':
      return `${str(data.provider)}: ${str(data.url)}`;
    case 'email_signup':
      return str(data.title);
    case 'contact':
      return [data.email, data.phone, data.whatsapp].filter(Boolean).join(' · ');
    case 'spacer':
      return `size ${str(data.size) || 'md'}`;
    case 'product':
      return names[str(data.productId)] ?? 'A product no longer in the catalog';
    case 'collection':
      return `${names[str(data.categoryId)] ?? 'All products'} · ${str(data.layout) || 'grid'} · up to ${str(data.limit) || '6'}`;
    case 'course':
      return data.courseId
        ? (names[str(data.courseId)] ?? 'A course no longer in the catalog')
        : `All published courses · up to ${str(data.limit) || '3'}`;
    default:
      return '';
  }
}
