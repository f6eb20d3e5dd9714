import {
  checkSocialImage,
  checkSocialText,
  isSocialVideo,
  type PublishNetwork,
  publishNetworkNames,
  publishNetworks,
  type SocialMediaType,
  socialRules,
} from '@mewayz/contracts';
import { socialService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { useState } from 'react';
import { AiAssist, AiAssistForm } from '../components/ai-assist.tsx';
import { BestTimeHint } from '../components/social-insights.tsx';
import { type ChosenMedia, SocialMediaInput } from '../components/social-media-input.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  EmptyState,
  Field,
  PageHeader,
  TextArea,
  TimeZoneInput,
  useTimeZone,
} from '../components/ui.tsx';
import { zoneOfRequest } from '../lib/campaigns.server.ts';
import { forgetUpload } from '../lib/catalog/files.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult, fail } from '../lib/forms.server.ts';
import { chosenFile, storeImage, storeVideo } from '../lib/media.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';
import { fromZonedInput, toZonedInput, validTimeZone, zoneOfForm } from '../lib/time-zone.ts';

export const meta: MetaFunction = () => [{ title: 'Social · Mewayz' }];

/** The calendar shows a week or a month from its first day, in the creator's zone. */
function range(view: string, start: string | null) {
  const days = view === 'month' ? 31 : 7;
  const from = start && /^\d{4}-\d{2}-\d{2}$/.test(start) ? new Date(`${start}T00:00:00Z`) : new Date();
  from.setUTCHours(0, 0, 0, 0);
  if (Number.isNaN(from.getTime())) return range(view, null);
  // A day of slack on each side: the zone's days start up to 14 hours away from UTC's.
  return {
    from,
    days,
    queryFrom: new Date(from.getTime() - 86_400_000),
    queryTo: new Date(from.getTime() + (days + 1) * 86_400_000),
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'content.view');
  const deps = depsOf(context);
  const url = new URL(request.url);
  const view = url.searchParams.get('view') === 'month' ? 'month' : 'week';
  const r = range(view, url.searchParams.get('start'));
  const zone = zoneOfRequest(request);
  const [accounts, calendar, recent, best] = await Promise.all([
    socialService.listSocialAccounts(deps, ctx.scope),
    socialService.listSocialPosts(deps, ctx.scope, { from: r.queryFrom, to: r.queryTo, limit: 500 }),
    socialService.listSocialPosts(deps, ctx.scope, { limit: 20 }),
    socialService.socialBestTimes(deps, ctx.scope, { timeZone: zone }),
  ]);
  // The best-time hint's link (`?when=later&at=…`) opens the composer on Schedule with that time.
  const at = url.searchParams.get('at');
  return {
    accounts,
    calendar,
    recent,
    view,
    start: r.from.toISOString().slice(0, 10),
    days: r.days,
    networks: socialService.availableNetworks(deps),
    canManage: ctx.can('content.manage'),
    prefill:
      url.searchParams.get('when') === 'later' && at && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(at)
        ? at
        : null,
    bestTime:
      best.status === 'ok'
        ? {
            status: best.status,
            slot: best.slots[0] ?? null,
            next: best.slots[0] ? socialService.nextSlotStart(best.slots[0], zone, deps.now()) : null,
          }
        : { status: best.status, posts: best.posts, minimumPosts: best.minimumPosts },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'content.manage');
  try {
    if (intent === 'connect') {
      const network = String(form.get('network') ?? '') as PublishNetwork;
      const { authorizeUrl } = await socialService.startSocialConnect(deps, ctx.scope, ctx.actor, {
        network,
        instanceUrl: String(form.get('instanceUrl') ?? '') || undefined,
        handle: String(form.get('handle') ?? '') || undefined,
      });
      return redirect(authorizeUrl);
    }
    if (intent === 'disconnect') {
      const { revoked } = await socialService.disconnectSocialAccount(
        deps,
        ctx.scope,
        ctx.actor,
        String(form.get('accountId') ?? ''),
      );
      return data({
        ok: true,
        intent,
        message: revoked
          ? 'Account disconnected.'
          : 'Account disconnected here; the network could not be reached to revoke it.',
      });
    }
    if (intent === 'compose') {
      const zone = zoneOfForm(form);
      const when = String(form.get('when') ?? 'now');
      const scheduledAt =
        when === 'now' ? 'now' : when === 'draft' ? undefined : fromZonedInput(form.get('at'), zone);
      if (when === 'later' && typeof scheduledAt !== 'string')
        return fail('Choose when to publish.', { at: 'Choose a date and time' });
      const variants = Object.fromEntries(
        publishNetworks.map((n) => [n, String(form.get(`variant_${n}`) ?? '')]).filter(([, v]) => v.trim()),
      );
      const accountIds = form.getAll('accountIds').map(String);
      const image = await attachedMedia(deps, ctx, accountIds, form);
      if (image && !image.ok) return fail(image.error, { media: image.error }, { intent });
      const post = await socialService
        .createSocialPost(deps, ctx.scope, ctx.actor, {
          text: String(form.get('text') ?? ''),
          variants,
          accountIds,
          media: image ? [image.media] : [],
          scheduledAt: scheduledAt as string | undefined,
          timeZone: validTimeZone(zone) ?? undefined,
        })
        .catch(async (err) => {
          // A refused post does not keep its image: the creator uploads it again with the fix.
          if (image) await forgetUpload(deps, image.media.key);
          throw err;
        });
      return data({
        ok: true,
        intent,
        message:
          post.status === 'draft'
            ? 'Draft saved.'
            : when === 'now'
              ? 'Publishing now: each network’s status shows below.'
              : `Scheduled for ${toZonedInput(post.scheduledAt, zone).replace('T', ' ')} (${zone}).`,
      });
    }
    if (intent === 'cancel') {
      await socialService.cancelSocialPost(deps, ctx.scope, ctx.actor, String(form.get('postId') ?? ''));
      return data({ ok: true, intent, message: 'Post canceled.' });
    }
    if (intent === 'confirm') {
      await socialService.confirmSocialTarget(
        deps,
        ctx.scope,
        ctx.actor,
        String(form.get('postId') ?? ''),
        String(form.get('targetId') ?? ''),
        { posted: form.get('posted') === 'yes' },
      );
      return data({ ok: true, intent, message: 'Thanks: recorded.' });
    }
  } catch (err) {
    return appErrorToResult(err, { intent });
  }
  throw new Response('Unknown action.', { status: 400 });
}

/**
 * The composer's image or video, stored in the media bucket under `social/<orgId>/posts/` (the edge
 * serves it there, for Instagram to fetch): an image after each chosen network's types and sizes
 * accept it; an MP4 video within Mewayz's 50 MB cap (each network's video limits, lengths included,
 * are checked by `createSocialPost` from the stored file).
 */
async function attachedMedia(
  deps: ReturnType<typeof depsOf>,
  ctx: Awaited<ReturnType<typeof requireOrg>>,
  accountIds: string[],
  form: FormData,
) {
  const file = chosenFile(form.get('media'));
  if (!file) return null;
  const accounts = await socialService.listSocialAccounts(deps, ctx.scope);
  const networks = [...new Set(accounts.filter((a) => accountIds.includes(a.id)).map((a) => a.network))];
  if (networks.length === 0) return { ok: false as const, error: 'Choose at least one account.' };
  const video = await storeVideo(deps, `social/${ctx.org.id}/posts`, file);
  if (video)
    return video.ok
      ? {
          ok: true as const,
          media: {
            key: video.key,
            alt: String(form.get('alt') ?? '').slice(0, 1000),
            contentType: video.contentType as SocialMediaType,
          },
        }
      : video;
  const stored = await storeImage(
    deps,
    `social/${ctx.org.id}/posts`,
    file,
    Math.max(...networks.map((n) => socialRules[n].maxImageBytes)),
    (image) => networks.map((n) => checkSocialImage(n, image)).find(Boolean) ?? null,
  );
  if (!stored.ok) return stored;
  return {
    ok: true as const,
    media: {
      key: stored.key,
      alt: String(form.get('alt') ?? '').slice(0, 1000),
      contentType: stored.contentType as SocialMediaType,
    },
  };
}

type Post = Awaited<ReturnType<typeof loader>>['recent'][number];
type ActionResult = { ok: boolean; message: string; fieldErrors?: Record<string, string> };

const tone = (status: string) =>
  status === 'published' || status === 'connected'
    ? ('green' as const)
    : status === 'failed' || status === 'revoked'
      ? ('red' as const)
      : status === 'canceled' || status === 'draft'
        ? ('slate' as const)
        : ('amber' as const);

/**
 * A calendar day's header, "Thu 3 Dec". The days are already the creator's zone's (posts are put on
 * them by their zoned date), so the date is formatted as the calendar date it is, in UTC.
 */
const dayLabel = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

function dayKey(iso: string, zone: string) {
  return toZonedInput(iso, zone).slice(0, 10);
}

function Composer({
  accounts,
  fieldErrors,
  prefill,
  bestTime,
}: {
  accounts: Awaited<ReturnType<typeof loader>>['accounts'];
  fieldErrors?: Record<string, string>;
  prefill: string | null;
  bestTime: Awaited<ReturnType<typeof loader>>['bestTime'];
}) {
  const zone = useTimeZone();
  const connected = accounts.filter((a) => a.status === 'connected');
  const [text, setText] = useState('');
  const [variants, setVariants] = useState<Partial<Record<PublishNetwork, string>>>({});
  const [chosen, setChosen] = useState<string[]>(connected.map((a) => a.id));
  const [when, setWhen] = useState(prefill ? 'later' : 'now');
  const [at, setAt] = useState(prefill ?? '');
  const [media, setMedia] = useState<ChosenMedia | null>(null);
  const networks = [...new Set(connected.filter((a) => chosen.includes(a.id)).map((a) => a.network))];
  if (connected.length === 0)
    return (
      <EmptyState title="Connect an account first">Then write once and publish to each network.</EmptyState>
    );
  return (
    <>
      <ActionForm intent="compose" className="space-y-4" encType="multipart/form-data">
        <TimeZoneInput zone={zone} />
        <TextArea
          label="Post"
          name="text"
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldErrors?.text}
          hint="Links become Mewayz short links when it is published, so their clicks are counted."
        />
        <AiAssist
          task="captions"
          title="Write with AI"
          formId="social-ai"
          targetIds={Object.fromEntries(networks.map((n) => [publishNetworkNames[n], `f-variant_${n}`]))}
        />
        <SocialMediaInput networks={networks} fieldErrors={fieldErrors} onChange={setMedia} />
        <fieldset>
          <legend className="text-sm font-medium text-slate-900">Accounts</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {connected.map((a) => (
              <Checkbox
                key={a.id}
                // One id per account: the default (from the shared name) would tie every label to the first box.
                id={`account-${a.id}`}
                name="accountIds"
                value={a.id}
                label={`${publishNetworkNames[a.network]} ${a.handle}`}
                checked={chosen.includes(a.id)}
                onChange={() =>
                  setChosen((c) => (c.includes(a.id) ? c.filter((id) => id !== a.id) : [...c, a.id]))
                }
              />
            ))}
          </div>
        </fieldset>
        <ul className="grid gap-2 sm:grid-cols-2" aria-label="Length per network">
          {networks.map((n) => {
            const own = variants[n]?.trim() ? variants[n]! : text;
            const check = checkSocialText(n, own, media ? 1 : 0);
            const over = check.remaining < 0;
            return (
              <li key={n} data-testid={`counter-${n}`} className="rounded-lg bg-slate-50 px-3 py-2 text-sm">
                <span className="font-medium text-slate-900">{publishNetworkNames[n]}</span>{' '}
                <span className={over ? 'font-semibold text-red-700' : 'text-slate-700'}>
                  {check.length} / {check.limit}
                </span>
                {check.problem && (over || check.code === 'media_required') ? (
                  <span className={`block text-xs ${over ? 'text-red-700' : 'text-amber-800'}`}>
                    {check.problem}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
        <details
          className="rounded-lg ring-1 ring-slate-200"
          open={networks.some((n) => variants[n]?.trim()) || undefined}
        >
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-900">
            A different text per network
          </summary>
          <div className="space-y-3 px-3 pb-3">
            {networks.map((n) => (
              <TextArea
                key={n}
                label={`${publishNetworkNames[n]} only`}
                name={`variant_${n}`}
                rows={2}
                value={variants[n] ?? ''}
                onChange={(e) => setVariants((v) => ({ ...v, [n]: e.target.value }))}
                error={fieldErrors?.[`variants.${n}`]}
              />
            ))}
          </div>
        </details>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-900">When</legend>
          <div className="flex flex-wrap gap-4 text-sm">
            {[
              ['now', 'Publish now'],
              ['later', 'Schedule'],
              ['draft', 'Save as draft'],
            ].map(([value, label]) => (
              <label key={value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="when"
                  value={value}
                  checked={when === value}
                  onChange={() => setWhen(value!)}
                />
                {label}
              </label>
            ))}
          </div>
          {when === 'later' ? (
            <Field
              label={`Date and time (${zone})`}
              name="at"
              type="datetime-local"
              value={at}
              onChange={(e) => setAt(e.target.value)}
              error={fieldErrors?.at ?? fieldErrors?.scheduledAt}
            />
          ) : null}
          <BestTimeHint
            best={bestTime}
            onUse={(local) => {
              setWhen('later');
              setAt(local);
            }}
          />
        </fieldset>
        <Button type="submit" intent="compose">
          {when === 'now' ? 'Publish now' : when === 'later' ? 'Schedule' : 'Save draft'}
        </Button>
      </ActionForm>
      <AiAssistForm id="social-ai" />
    </>
  );
}

function PostRow({
  post,
  accounts,
  canManage,
}: {
  post: Post;
  accounts: Awaited<ReturnType<typeof loader>>['accounts'];
  canManage: boolean;
}) {
  const zone = useTimeZone();
  return (
    <li className="space-y-2 py-3" data-testid="social-post">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={tone(post.status)}>{post.status.replace('_', ' ')}</Badge>
        <span className="text-xs text-slate-600">
          {post.scheduledAt
            ? `${toZonedInput(post.scheduledAt, zone).replace('T', ' ')} ${zone}`
            : 'not scheduled'}
        </span>
        {canManage && (post.status === 'draft' || post.status === 'scheduled') ? (
          <ActionForm intent="cancel">
            <input type="hidden" name="postId" value={post.id} />
            <Button type="submit" size="sm" variant="secondary" intent="cancel">
              Cancel
            </Button>
          </ActionForm>
        ) : null}
      </div>
      <div className="flex items-start gap-3">
        {post.media.map((m) =>
          isSocialVideo(m.contentType) ? (
            // biome-ignore lint/a11y/useMediaCaption: the creator's own upload; its description is the label.
            <video
              key={m.key}
              src={`/media/${m.key}`}
              controls
              preload="metadata"
              aria-label={m.alt || 'Video'}
              data-testid="post-video"
              className="h-16 w-28 shrink-0 rounded-md bg-slate-900 ring-1 ring-slate-200"
            />
          ) : (
            <img
              key={m.key}
              src={`/media/${m.key}`}
              alt={m.alt}
              data-testid="post-image"
              className="size-16 shrink-0 rounded-md object-cover ring-1 ring-slate-200"
            />
          ),
        )}
        <p className="min-w-0 text-sm break-words whitespace-pre-wrap text-slate-900">{post.text}</p>
      </div>
      <ul className="space-y-1">
        {post.targets.map((t) => {
          const account = accounts.find((a) => a.id === t.accountId);
          return (
            <li
              key={t.id}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700"
              data-testid={`target-${t.network}`}
            >
              <Badge tone={tone(t.status)}>{t.status}</Badge>
              <span className="font-medium text-slate-900">
                {publishNetworkNames[t.network]} {account?.handle ?? ''}
              </span>
              {t.externalUrl ? (
                <a
                  href={t.externalUrl}
                  className="text-indigo-700 underline"
                  target="_blank"
                  rel="noreferrer"
                >
                  view
                </a>
              ) : null}
              {t.status === 'published' ? (
                <span data-testid="stats">
                  {t.stats.likes} likes · {t.stats.reposts} reposts · {t.stats.replies} replies
                  {t.stats.impressions !== null ? ` · ${t.stats.impressions} views` : ''}
                </span>
              ) : null}
              {t.lastError && t.status !== 'published' ? (
                <span className="text-red-700">{t.lastError}</span>
              ) : null}
              {canManage && t.status === 'unconfirmed'
                ? (['yes', 'no'] as const).map((answer) => (
                    <ActionForm key={answer} intent="confirm">
                      <input type="hidden" name="postId" value={post.id} />
                      <input type="hidden" name="targetId" value={t.id} />
                      <input type="hidden" name="posted" value={answer} />
                      <Button type="submit" size="sm" variant="secondary" intent="confirm">
                        {answer === 'yes' ? 'It is there' : 'Post again'}
                      </Button>
                    </ActionForm>
                  ))
                : null}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export default function Social() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as ActionResult | undefined;
  const [params] = useSearchParams();
  const zone = useTimeZone();
  const [instance, setInstance] = useState('');
  const [handle, setHandle] = useState('');
  const connected = params.get('connected');
  const connectError = params.get('connect_error');
  const start = new Date(`${d.start}T00:00:00Z`);
  const dayList = Array.from({ length: d.days }, (_, i) =>
    new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10),
  );
  const shift = (days: number) => new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title="Social"
        description="Connect your accounts, write once, publish now or on a schedule, and see how each post does."
        actions={
          <Link to="/social/insights" className="text-sm font-medium text-indigo-700 underline">
            Insights and best times
          </Link>
        }
      />
      <div className="space-y-6">
        {r?.message ? <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert> : null}
        {connected ? <Alert tone="success">Connected {connected}.</Alert> : null}
        {connectError ? <Alert tone="error">{connectError}</Alert> : null}
        <Card title="Accounts">
          <ul className="divide-y divide-slate-100" data-testid="social-accounts">
            {d.accounts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                <span className="font-medium text-slate-900">{publishNetworkNames[a.network]}</span>
                <span className="text-slate-700">{a.handle}</span>
                <Badge tone={tone(a.status)}>{a.status.replace('_', ' ')}</Badge>
                {a.lastError ? <span className="text-xs text-red-700">{a.lastError}</span> : null}
                {d.canManage ? (
                  <ActionForm intent="disconnect" className="ml-auto">
                    <input type="hidden" name="accountId" value={a.id} />
                    <Button
                      type="submit"
                      size="sm"
                      variant="danger"
                      intent="disconnect"
                      aria-label={`Disconnect ${a.handle}`}
                    >
                      Disconnect
                    </Button>
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
          {d.canManage ? (
            <div className="mt-4 flex flex-wrap items-end gap-3">
              {d.networks
                .filter((n) => n !== 'mastodon' && n !== 'bluesky')
                .map((n) => (
                  <ActionForm key={n} intent="connect" reloadDocument>
                    <input type="hidden" name="network" value={n} />
                    <Button type="submit" variant="secondary" intent="connect">
                      Connect {publishNetworkNames[n]}
                    </Button>
                  </ActionForm>
                ))}
              {d.networks.includes('bluesky') ? (
                <ActionForm intent="connect" reloadDocument className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="network" value="bluesky" />
                  <Field
                    label="Bluesky handle"
                    name="handle"
                    placeholder="alice.bsky.social"
                    autoComplete="off"
                    autoCapitalize="none"
                    spellCheck={false}
                    value={handle}
                    onChange={(e) => setHandle(e.target.value)}
                    error={r?.fieldErrors?.handle}
                  />
                  <Button type="submit" variant="secondary" intent="connect">
                    Connect Bluesky
                  </Button>
                </ActionForm>
              ) : null}
              <ActionForm intent="connect" reloadDocument className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="network" value="mastodon" />
                <Field
                  label="Mastodon instance"
                  name="instanceUrl"
                  placeholder="mastodon.social"
                  value={instance}
                  onChange={(e) => setInstance(e.target.value)}
                  error={r?.fieldErrors?.instanceUrl}
                />
                <Button type="submit" variant="secondary" intent="connect">
                  Connect Mastodon
                </Button>
              </ActionForm>
            </div>
          ) : null}
        </Card>
        {d.canManage ? (
          <Card title="Compose" id="compose">
            <Composer
              accounts={d.accounts}
              fieldErrors={r?.ok ? undefined : r?.fieldErrors}
              prefill={d.prefill}
              bestTime={d.bestTime}
            />
          </Card>
        ) : null}
        <Card title={`Calendar (${zone})`}>
          <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
            <Link className="text-indigo-700 underline" to={`?view=${d.view}&start=${shift(-d.days)}`}>
              ← Earlier
            </Link>
            <Link className="text-indigo-700 underline" to={`?view=${d.view}&start=${shift(d.days)}`}>
              Later →
            </Link>
            <Link
              className={d.view === 'week' ? 'font-semibold' : 'text-indigo-700 underline'}
              to={`?view=week&start=${d.start}`}
            >
              Week
            </Link>
            <Link
              className={d.view === 'month' ? 'font-semibold' : 'text-indigo-700 underline'}
              to={`?view=month&start=${d.start}`}
            >
              Month
            </Link>
          </div>
          <ol
            className={
              d.view === 'week' ? 'grid gap-2 sm:grid-cols-7' : 'grid grid-cols-2 gap-2 sm:grid-cols-7'
            }
            data-testid="social-calendar"
          >
            {dayList.map((day) => {
              // The list comes newest first; a day reads in the order its posts go out.
              const posts = d.calendar
                .filter((p) => p.scheduledAt && dayKey(p.scheduledAt, zone) === day)
                .reverse();
              return (
                <li
                  key={day}
                  className="min-h-16 min-w-0 overflow-hidden rounded-lg p-2 ring-1 ring-slate-200"
                >
                  <p className="text-xs font-semibold text-slate-700">
                    <time dateTime={day}>{dayLabel.format(new Date(`${day}T00:00:00Z`))}</time>
                  </p>
                  {posts.map((p) => (
                    <p key={p.id} className="mt-1 truncate text-xs text-slate-900" title={p.text}>
                      <span className="text-slate-600">{toZonedInput(p.scheduledAt, zone).slice(11)}</span>{' '}
                      {p.text}
                    </p>
                  ))}
                </li>
              );
            })}
          </ol>
        </Card>
        <Card title="Posts">
          {d.recent.length === 0 ? (
            <EmptyState title="Nothing posted yet">Compose a post above.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {d.recent.map((p) => (
                <PostRow key={p.id} post={p} accounts={d.accounts} canManage={d.canManage} />
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
