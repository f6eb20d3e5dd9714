import {
  type BlockType,
  blockDataSchemas,
  buttonShapes,
  createBlockInput,
  embedProviders,
  fontStacks,
  seoSchema,
  siteSettingsSchema,
  socialNetworks,
  themePresets,
  themeSchema,
  updateSiteInput,
} from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { themePresetPalettes } from '@mewayz/render';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { BlockFields, BlockOptions, blockLabels } from '../components/block-fields.tsx';
import { BlockList, type ListedBlock } from '../components/block-list.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  cx,
  EmptyState,
  Field,
  Select,
  Spinner,
  TextArea,
} from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import {
  type ActionFailure,
  appErrorToResult,
  type FieldErrors,
  fail,
  formToObject,
  parseWith,
} from '../lib/forms.server.ts';
import { uploadAvatar } from '../lib/media.server.ts';
import { renderDraftPreview } from '../lib/preview.server.ts';
import { requireOrg, workspaceAction } from '../lib/tenant.server.ts';
import { fromZonedInput, zoneOfForm } from '../lib/time-zone.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.site.name ?? 'Site'} · Editor · Mewayz` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  const deps = depsOf(context);
  const siteId = params.siteId!;
  try {
    const site = await sitesService.getSite(deps, ctx.scope, siteId);
    const [blocks, preview] = await Promise.all([
      sitesService.listBlocks(ctx.scope, siteId),
      renderDraftPreview(deps, ctx.scope, site),
    ]);
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
      site,
      blocks,
      preview,
      canEdit: ctx.can('sites.edit'),
      palettes,
      options: {
        socialNetworks: [...socialNetworks],
        embedProviders: [...embedProviders],
        themePresets: [...themePresets],
        buttonShapes: [...buttonShapes],
        fontStacks: [...fontStacks],
      },
    };
  } catch (err) {
    return appErrorToResult(err) as never;
  }
}

function blockPayload(form: FormData) {
  const obj = formToObject(form, { numbers: ['data.width', 'data.height'] });
  const d = (obj.data ?? {}) as Record<string, unknown>;
  if (Array.isArray(d.links))
    d.links = d.links.filter((l: { network?: string; url?: string }) => l && (l.network || l.url));
  return {
    data: d,
    active: form.get('active') === 'on',
    featured: form.get('featured') === 'on',
    // datetime-local values, read in the zone the form showed them in.
    startsAt: fromZonedInput(form.get('startsAt'), zoneOfForm(form)) as string | null,
    endsAt: fromZonedInput(form.get('endsAt'), zoneOfForm(form)) as string | null,
  };
}

type Result =
  | (ActionFailure & { blockId?: string })
  | { ok: true; intent: string; message: string; blockId?: string };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'sites.edit');
  const siteId = params.siteId!;
  const blockId = String(form.get('blockId') ?? '') || undefined;
  const failWith = (message: string, fieldErrors: FieldErrors) =>
    fail(message, fieldErrors, { intent, blockId } as Partial<ActionFailure>);
  const ok = (message: string) => data<Result>({ ok: true, intent, message, blockId });
  try {
    switch (intent) {
      case 'profile': {
        const site = await sitesService.getSite(deps, ctx.scope, siteId);
        const patch: Record<string, unknown> = {
          name: String(form.get('name') ?? ''),
          bio: String(form.get('bio') ?? '').trim() || null,
        };
        const file = form.get('avatar');
        if (file && typeof file !== 'string' && (file as File).size > 0) {
          const up = await uploadAvatar(deps, ctx.org.id, site, file as File);
          if (!up.ok) return failWith('The avatar could not be used.', { avatar: up.error });
          patch.avatarUrl = up.url;
        } else if (form.get('removeAvatar') === 'on') {
          patch.avatarUrl = null;
        }
        const parsed = parseWith(updateSiteInput, patch);
        if (!parsed.ok) return failWith('Check the highlighted fields.', parsed.fieldErrors);
        await sitesService.updateSite(deps, ctx.scope, ctx.actor, siteId, parsed.data);
        return ok('Profile saved to the draft.');
      }
      case 'theme': {
        const custom = form.get('customColors') === 'on';
        const colors: Record<string, string> = {};
        if (custom)
          for (const k of ['background', 'text', 'buttonBackground', 'buttonText', 'accent'])
            colors[k] = String(form.get(`colors.${k}`) ?? '');
        const parsed = parseWith(themeSchema, {
          preset: form.get('preset'),
          buttonShape: form.get('buttonShape'),
          font: form.get('font'),
          colorScheme: form.get('colorScheme'),
          colors,
        });
        if (!parsed.ok) return failWith('Check the highlighted fields.', parsed.fieldErrors);
        await sitesService.updateSite(deps, ctx.scope, ctx.actor, siteId, { theme: parsed.data });
        return ok('Theme saved to the draft.');
      }
      case 'seo': {
        const obj = formToObject(form, { booleans: ['noindex'] });
        const seo = parseWith(seoSchema, {
          title: obj.title,
          description: obj.description,
          ogImageUrl: obj.ogImageUrl,
          faviconUrl: obj.faviconUrl,
          noindex: obj.noindex,
        });
        const settings = parseWith(siteSettingsSchema, {
          sensitive: form.get('sensitive') === 'on',
          passQuery: form.get('passQuery') === 'on',
        });
        if (!seo.ok || !settings.ok)
          return failWith('Check the highlighted fields.', {
            ...(seo.ok ? {} : seo.fieldErrors),
            ...(settings.ok ? {} : settings.fieldErrors),
          });
        await sitesService.updateSite(deps, ctx.scope, ctx.actor, siteId, {
          seo: seo.data,
          settings: settings.data,
        });
        return ok('SEO settings saved to the draft.');
      }
      case 'addBlock': {
        const type = String(form.get('type') ?? '');
        const parsed = parseWith(createBlockInput, { type, ...blockPayload(form) });
        if (!parsed.ok) return failWith('Check the highlighted fields.', parsed.fieldErrors);
        await sitesService.createBlock(deps, ctx.scope, ctx.actor, siteId, parsed.data);
        return ok(`${blockLabels[type] ?? 'Block'} added.`);
      }
      case 'updateBlock': {
        const type = String(form.get('type') ?? '') as BlockType;
        const payload = blockPayload(form);
        const schema = blockDataSchemas[type];
        if (!schema) throw new Response('Unknown block type.', { status: 400 });
        const parsedData = parseWith(schema, payload.data);
        if (!parsedData.ok) {
          return failWith(
            'Check the highlighted fields.',
            Object.fromEntries(
              Object.entries(parsedData.fieldErrors).map(([k, v]) => [
                k === '_form' ? 'data' : `data.${k}`,
                v,
              ]),
            ),
          );
        }
        await sitesService.updateBlock(deps, ctx.scope, ctx.actor, siteId, blockId!, {
          ...payload,
          data: parsedData.data as Record<string, unknown>,
        });
        return ok('Block saved.');
      }
      case 'deleteBlock':
        await sitesService.deleteBlock(deps, ctx.scope, ctx.actor, siteId, blockId!);
        return ok('Block deleted.');
      case 'reorder':
      case 'move': {
        let ids = String(form.get('blockIds') ?? '')
          .split(',')
          .filter(Boolean);
        if (intent === 'move') {
          ids = (await sitesService.listBlocks(ctx.scope, siteId)).map((b) => b.id);
          const i = ids.indexOf(blockId!);
          const j = i + (form.get('dir') === 'up' ? -1 : 1);
          if (i >= 0 && j >= 0 && j < ids.length) [ids[i], ids[j]] = [ids[j]!, ids[i]!];
        }
        await sitesService.reorderBlocks(deps, ctx.scope, ctx.actor, siteId, { blockIds: ids });
        return ok('Order saved.');
      }
      case 'publish': {
        const site = await sitesService.publishSite(deps, ctx.scope, ctx.actor, siteId);
        return ok(`Published version ${site.publishedVersion}. It is live now.`);
      }
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent, blockId } as Partial<ActionFailure>);
  }
}

function useResult(intent: string, blockId?: string) {
  const r = useActionData<Result>();
  if (!r || ('intent' in r && r.intent !== intent) || (blockId && r.blockId !== blockId)) return null;
  return r;
}

function Notice({ intent, blockId }: { intent: string; blockId?: string }) {
  const r = useResult(intent, blockId);
  if (!r) return null;
  return <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>;
}

function errorsOf(r: Result | null): FieldErrors {
  return r && !r.ok ? r.fieldErrors : {};
}

function ProfileCard() {
  const { site } = useLoaderData<typeof loader>();
  const e = errorsOf(useResult('profile'));
  return (
    <Card id="profile" title="Profile" description="Your name, bio and picture at the top of the page.">
      <ActionForm intent="profile" encType="multipart/form-data" className="space-y-4" noValidate>
        <Notice intent="profile" />
        <div className="flex items-center gap-4">
          {site.avatarUrl ? (
            <img
              src={site.avatarUrl.replace(/^https?:\/\/[^/]+\/media\//, '/media/')}
              alt="Current avatar"
              className="size-16 rounded-full object-cover ring-1 ring-slate-200"
            />
          ) : (
            <span
              aria-hidden="true"
              className="grid size-16 place-items-center rounded-full bg-gradient-to-br from-indigo-500 to-fuchsia-500 text-xl font-semibold text-white"
            >
              {site.name.slice(0, 1).toUpperCase()}
            </span>
          )}
          <div className="flex-1">
            <Field
              label="Avatar"
              name="avatar"
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif"
              error={e.avatar}
              hint="PNG, JPEG, WebP or GIF, up to 2 MB."
            />
            {site.avatarUrl ? (
              <Checkbox className="mt-2" label="Remove the avatar" name="removeAvatar" />
            ) : null}
          </div>
        </div>
        <Field label="Name" name="name" defaultValue={site.name} required error={e.name} />
        <TextArea
          label="Bio"
          name="bio"
          defaultValue={site.bio ?? ''}
          rows={3}
          maxLength={500}
          error={e.bio}
        />
        <Button type="submit" intent="profile">
          Save profile
        </Button>
      </ActionForm>
    </Card>
  );
}

function ThemeCard() {
  const { site, palettes, options } = useLoaderData<typeof loader>();
  const theme = site.theme as {
    preset: string;
    colors: Record<string, string>;
    buttonShape: string;
    font: string;
    colorScheme: string;
  };
  const e = errorsOf(useResult('theme'));
  const palette = palettes[theme.preset] ?? {};
  const colorFields = [
    ['background', 'Background'],
    ['text', 'Text'],
    ['buttonBackground', 'Button'],
    ['buttonText', 'Button text'],
    ['accent', 'Accent'],
  ] as const;
  return (
    <Card id="theme" title="Theme" description="Pick a preset, then fine-tune colours, buttons and font.">
      <ActionForm intent="theme" className="space-y-5" noValidate>
        <Notice intent="theme" />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Preset</legend>
          <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {options.themePresets.map((p) => (
              <label
                key={p}
                className="flex cursor-pointer items-center gap-2 rounded-lg p-2 text-sm capitalize ring-1 ring-slate-200 has-[:checked]:bg-indigo-50 has-[:checked]:ring-2 has-[:checked]:ring-indigo-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600"
              >
                <input
                  type="radio"
                  name="preset"
                  value={p}
                  defaultChecked={theme.preset === p}
                  className="sr-only"
                />
                <PresetSwatch palette={palettes[p] ?? {}} />
                {p}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-3">
          <Select label="Buttons" name="buttonShape" defaultValue={theme.buttonShape}>
            {options.buttonShapes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
          <Select label="Font" name="font" defaultValue={theme.font}>
            {options.fontStacks.map((s) => (
              <option key={s} value={s}>
                {s.replace('system-', '')}
              </option>
            ))}
          </Select>
          <Select label="Colour scheme" name="colorScheme" defaultValue={theme.colorScheme}>
            <option value="auto">Follow visitor</option>
            <option value="light">Always light</option>
            <option value="dark">Always dark</option>
          </Select>
        </div>
        <fieldset className="space-y-3">
          <Checkbox
            label="Use custom colours"
            name="customColors"
            defaultChecked={Object.keys(theme.colors ?? {}).length > 0}
          />
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {colorFields.map(([k, label]) => (
              <Field
                key={k}
                label={label}
                name={`colors.${k}`}
                type="color"
                defaultValue={theme.colors?.[k] ?? palette[k] ?? '#4f46e5'}
                error={e[`colors.${k}`]}
              />
            ))}
          </div>
        </fieldset>
        <Button type="submit" intent="theme">
          Save theme
        </Button>
      </ActionForm>
    </Card>
  );
}

function PresetSwatch({ palette: p }: { palette: Record<string, string> }) {
  return (
    <span
      aria-hidden="true"
      className="flex size-6 shrink-0 overflow-hidden rounded-full ring-1 ring-slate-300"
    >
      <span className="w-1/2" style={{ background: p.background ?? '#fff' }} />
      <span className="w-1/2" style={{ background: p.buttonBackground ?? p.accent ?? '#000' }} />
    </span>
  );
}

function SeoCard() {
  const { site } = useLoaderData<typeof loader>();
  const seo = site.seo as {
    title?: string;
    description?: string;
    ogImageUrl?: string;
    faviconUrl?: string;
    noindex?: boolean;
  };
  const settings = site.settings as { sensitive?: boolean; passQuery?: boolean };
  const e = errorsOf(useResult('seo'));
  return (
    <Card
      id="seo"
      title="SEO and settings"
      description="How the page looks in search results and link previews."
    >
      <ActionForm intent="seo" className="space-y-4" noValidate>
        <Notice intent="seo" />
        <Field
          label="Page title"
          name="title"
          defaultValue={seo.title ?? ''}
          maxLength={70}
          error={e.title}
          hint="Up to 70 characters; defaults to your name."
        />
        <TextArea
          label="Description"
          name="description"
          defaultValue={seo.description ?? ''}
          maxLength={200}
          rows={2}
          error={e.description}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Social image URL"
            name="ogImageUrl"
            type="url"
            defaultValue={seo.ogImageUrl ?? ''}
            error={e.ogImageUrl}
          />
          <Field
            label="Favicon URL"
            name="faviconUrl"
            type="url"
            defaultValue={seo.faviconUrl ?? ''}
            error={e.faviconUrl}
          />
        </div>
        <div className="space-y-2">
          <Checkbox
            label="Hide from search engines (noindex)"
            name="noindex"
            defaultChecked={seo.noindex ?? false}
          />
          <Checkbox
            label="Ask visitors to confirm they are 18+"
            name="sensitive"
            defaultChecked={settings.sensitive ?? false}
          />
          <Checkbox
            label="Pass UTM parameters through links"
            name="passQuery"
            defaultChecked={settings.passQuery ?? true}
          />
        </div>
        <Button type="submit" intent="seo">
          Save SEO settings
        </Button>
      </ActionForm>
    </Card>
  );
}

function AddBlock() {
  const [params] = useSearchParams();
  const type = params.get('add') ?? 'link';
  const r = useResult('addBlock');
  const e = errorsOf(r);
  const nav = useNavigation();
  return (
    <Card
      id="add"
      title="Add a block"
      description="Choose a kind of block, fill it in, and it is appended to the page."
    >
      <nav className="mb-4 flex flex-wrap gap-2" aria-label="Block kind">
        {Object.entries(blockLabels).map(([t, label]) => (
          <Link
            key={t}
            to={`?add=${t}#add-block`}
            replace
            preventScrollReset
            aria-current={t === type ? 'true' : undefined}
            className={cx(
              'rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-indigo-600',
              t === type
                ? 'bg-indigo-600 text-white ring-indigo-600'
                : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50',
            )}
          >
            {label}
          </Link>
        ))}
      </nav>
      <ActionForm
        intent="addBlock"
        id="add-block"
        className="space-y-4"
        noValidate
        key={`${type}-${r?.ok ? nav.state : ''}`}
      >
        <Notice intent="addBlock" />
        <input type="hidden" name="type" value={type} />
        <BlockFields type={type} id="new" errors={e} data={r && !r.ok ? {} : {}} />
        <BlockOptions id="new" errors={e} />
        <Button type="submit" intent="addBlock">
          Add {blockLabels[type]?.toLowerCase() ?? 'block'}
        </Button>
      </ActionForm>
    </Card>
  );
}

function BlockEditor({ block }: { block: ListedBlock }) {
  const r = useResult('updateBlock', block.id);
  const e = errorsOf(r);
  return (
    <div className="space-y-4">
      <ActionForm intent="updateBlock" className="space-y-4" noValidate>
        <Notice intent="updateBlock" blockId={block.id} />
        <input type="hidden" name="blockId" value={block.id} />
        <input type="hidden" name="type" value={block.type} />
        <BlockFields type={block.type} id={block.id} data={block.data} errors={e} />
        <BlockOptions id={block.id} block={block} errors={e} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" intent="updateBlock" size="sm">
            Save block
          </Button>
        </div>
      </ActionForm>
      <ActionForm intent="deleteBlock">
        <input type="hidden" name="blockId" value={block.id} />
        <Button type="submit" variant="danger" size="sm" intent="deleteBlock">
          Delete block
        </Button>
      </ActionForm>
    </div>
  );
}

export default function SiteEditor() {
  const { site, blocks, preview, canEdit } = useLoaderData<typeof loader>();
  const nav = useNavigation();
  const publishing = nav.formData?.get('_intent') === 'publish';
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <Link to="/sites" className="hover:text-slate-900 hover:underline">
          Sites
        </Link>{' '}
        / <span className="text-slate-900">{site.name}</span>
      </nav>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight text-slate-900">
            {site.name}
            {site.published ? (
              site.hasUnpublishedChanges ? (
                <Badge tone="amber">Unpublished changes</Badge>
              ) : (
                <Badge tone="green">Live</Badge>
              )
            ) : (
              <Badge>Draft — not published</Badge>
            )}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            <a
              href={site.url}
              target="_blank"
              rel="noreferrer"
              className="font-medium text-indigo-700 hover:underline"
            >
              {site.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
            </a>
            {site.publishedAt
              ? ` · published ${new Date(site.publishedAt).toUTCString().slice(5, 22)} UTC`
              : ''}
          </p>
        </div>
        {canEdit ? (
          <ActionForm intent="publish">
            <Button type="submit" intent="publish" disabled={publishing}>
              {site.published && !site.hasUnpublishedChanges ? 'Republish' : 'Publish'}
            </Button>
          </ActionForm>
        ) : null}
      </div>
      <div className="mb-6">
        <Notice intent="publish" />
      </div>
      {canEdit ? (
        <nav
          aria-label="Editor sections"
          className="mb-6 flex flex-wrap gap-x-4 gap-y-2 border-b border-slate-200 pb-3 text-sm font-medium"
        >
          {[
            ['#blocks-title', 'Blocks'],
            ['#add', 'Add a block'],
            ['#profile', 'Profile'],
            ['#theme', 'Theme'],
            ['#seo', 'SEO and settings'],
          ].map(([href, label]) => (
            <a
              key={href}
              href={href}
              className="rounded text-slate-700 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              {label}
            </a>
          ))}
        </nav>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="blocks-title" className="space-y-3">
            <div className="flex items-center justify-between">
              <h2 id="blocks-title" className="text-base font-semibold text-slate-900">
                Blocks
              </h2>
              {nav.formData?.get('_intent') === 'reorder' ? (
                <span className="flex items-center gap-2 text-xs text-slate-600">
                  <Spinner /> Saving order…
                </span>
              ) : null}
            </div>
            <Notice intent="deleteBlock" />
            {blocks.length === 0 ? (
              <EmptyState title="No blocks yet">
                Add a link, heading or social icons below — they appear in the preview at once.
              </EmptyState>
            ) : (
              <BlockList
                blocks={blocks as ListedBlock[]}
                canEdit={canEdit}
                renderEditor={(b) => <BlockEditor block={b} />}
              />
            )}
          </section>
          {canEdit ? (
            <>
              <AddBlock />
              <ProfileCard />
              <ThemeCard />
              <SeoCard />
            </>
          ) : (
            <Alert tone="info">Your role can view this site but not edit it.</Alert>
          )}
        </div>
        <aside aria-labelledby="preview-title" className="xl:sticky xl:top-6 xl:self-start">
          <div className="rounded-2xl bg-slate-900 p-2 shadow-xl">
            <div className="flex items-center justify-between px-2 py-1.5">
              <h2 id="preview-title" className="text-xs font-semibold tracking-wide text-slate-300 uppercase">
                Live preview (draft)
              </h2>
              {nav.state !== 'idle' ? <Spinner className="text-slate-300" /> : null}
            </div>
            <iframe
              title="Live preview of the draft site"
              srcDoc={preview}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              className="h-[640px] w-full rounded-xl bg-white"
            />
          </div>
        </aside>
      </div>
    </div>
  );
}
