import { z } from '@hono/zod-openapi';
import { countOut, dayOut, instantOut, listOut, textOut, urlOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { webUrl } from './safe-url.ts';
import { multiLine } from './text.ts';

/**
 * Scheduled publishing to social networks: each network's length rules (one definition for the
 * composer's counters, the API's validation and the publisher), Bluesky's link facets, and the API's
 * bodies.
 */
export const publishNetworks = ['bluesky', 'mastodon', 'x', 'instagram'] as const;
export type PublishNetwork = (typeof publishNetworks)[number];

export const socialImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export type SocialImageType = (typeof socialImageTypes)[number];
/** A post carries images or one video: MP4 (sniffed from its bytes, like images). */
export const socialVideoTypes = ['video/mp4'] as const;
export type SocialVideoType = (typeof socialVideoTypes)[number];
export const socialMediaTypes = [...socialImageTypes, ...socialVideoTypes] as const;
export type SocialMediaType = (typeof socialMediaTypes)[number];
export const isSocialVideo = (contentType: string) => contentType.startsWith('video/');

/**
 * Mewayz's own cap on a post's video, whatever a network takes: the same 50 MB as a lesson's video
 * (the Workers hold the file in memory to upload it).
 */
export const MAX_SOCIAL_VIDEO_BYTES = 50 * 1024 * 1024;

export const publishNetworkNames: Record<PublishNetwork, string> = {
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  x: 'X',
  instagram: 'Instagram',
};

/**
 * How each network measures a post. X weighs characters (twitter-text v3: a URL — also a bare domain
 * X links, see `findXUrls` — is 23, Latin and
 * general punctuation 1, everything else — CJK, emoji — 2); Bluesky counts graphemes of the record's
 * text; Mastodon counts characters with every URL as 23 (the default instance limit is 500);
 * Instagram's caption limit is 2,200 characters and a post needs an image.
 */
export const socialRules: Record<
  PublishNetwork,
  {
    limit: number;
    unit: 'weighted' | 'graphemes' | 'characters';
    requiresMedia: boolean;
    maxMedia: number;
    /** The largest image the network takes (Bluesky's blob limit, X's and Mastodon's upload limits). */
    maxImageBytes: number;
    /** The image types the network takes; Instagram's content publishing takes JPEG only. */
    imageTypes: readonly SocialImageType[];
    /**
     * The MP4 video the network takes (bytes and seconds; null seconds: no documented limit), or
     * null when Mewayz does not post video there.
     */
    video: { maxBytes: number; maxSeconds: number | null } | null;
  }
> = {
  x: {
    limit: 280,
    unit: 'weighted',
    requiresMedia: false,
    maxMedia: 4,
    maxImageBytes: 5_000_000,
    imageTypes: socialImageTypes,
    // Chunked upload (tweet_video): 512 MB and 140 seconds.
    video: { maxBytes: 512_000_000, maxSeconds: 140 },
  },
  bluesky: {
    limit: 300,
    unit: 'graphemes',
    requiresMedia: false,
    maxMedia: 4,
    maxImageBytes: 1_000_000,
    imageTypes: socialImageTypes,
    // A blob on the account's PDS embedded as app.bsky.embed.video: 100 MB and 3 minutes.
    video: { maxBytes: 100_000_000, maxSeconds: 180 },
  },
  mastodon: {
    limit: 500,
    unit: 'characters',
    requiresMedia: false,
    maxMedia: 4,
    maxImageBytes: 16_000_000,
    imageTypes: socialImageTypes,
    // Mastodon's default instance limit (configuration.media_attachments.video_size_limit); the
    // publisher reads the instance's own before uploading.
    video: { maxBytes: 40_000_000, maxSeconds: null },
  },
  instagram: {
    limit: 2200,
    unit: 'characters',
    requiresMedia: true,
    maxMedia: 1,
    maxImageBytes: 8_000_000,
    imageTypes: ['image/jpeg'],
    // A REELS container: up to 300 MB and 15 minutes.
    video: { maxBytes: 300_000_000, maxSeconds: 900 },
  },
};

const imageTypeNames: Record<SocialImageType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
};

/** Why `network` would refuse an image of this type and size, or null when it takes it. */
export function checkSocialImage(
  network: PublishNetwork,
  image: { contentType: string; size: number },
): string | null {
  const rule = socialRules[network];
  const name = publishNetworkNames[network];
  if (!rule.imageTypes.includes(image.contentType as SocialImageType))
    return `${name} takes ${new Intl.ListFormat('en', { type: 'disjunction' }).format(
      rule.imageTypes.map((t) => imageTypeNames[t]),
    )} images only`;
  if (image.size > rule.maxImageBytes)
    return `${name} takes images up to ${rule.maxImageBytes / 1_000_000} MB; this one is ${(image.size / 1_000_000).toFixed(1)} MB`;
  return null;
}

export interface SocialMediaProblem {
  /** `video_unsupported`, `video_too_big`, `video_too_long`, `video_type` — the API appends `_<network>`. */
  code: 'video_unsupported' | 'video_too_big' | 'video_too_long' | 'video_type';
  message: string;
}

const mbOf = (bytes: number) => `${+(bytes / 1_000_000).toFixed(1)} MB`;
const durationOf = (seconds: number) =>
  seconds >= 120 && seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} seconds`;

/**
 * Why `network` would refuse this video, or null when it takes it: a network taking none, each network's
 * size and length limits, and Mewayz's own 50 MB cap. `durationSeconds` null: not known (not checked).
 */
export function checkSocialVideo(
  network: PublishNetwork,
  video: { contentType: string; size: number; durationSeconds: number | null },
): SocialMediaProblem | null {
  const rule = socialRules[network].video;
  const name = publishNetworkNames[network];
  if (!rule) return { code: 'video_unsupported', message: `${name} takes no video` };
  if (!socialVideoTypes.includes(video.contentType as SocialVideoType))
    return { code: 'video_type', message: `${name} takes MP4 videos only` };
  const max = Math.min(rule.maxBytes, MAX_SOCIAL_VIDEO_BYTES);
  if (video.size > max)
    return {
      code: 'video_too_big',
      message: `${name} takes videos up to ${mbOf(max)}${max < rule.maxBytes ? ' here' : ''}; this one is ${mbOf(video.size)}`,
    };
  if (rule.maxSeconds !== null && video.durationSeconds !== null && video.durationSeconds > rule.maxSeconds)
    return {
      code: 'video_too_long',
      message: `${name} takes videos up to ${durationOf(rule.maxSeconds)}; this one is ${Math.ceil(video.durationSeconds)} seconds`,
    };
  return null;
}

/** What X and Mastodon count a link as, whatever its length (X's t.co length). */
export const socialUrlLength = 23;

// A URL ends before whitespace, and trailing punctuation belongs to the sentence, not the link.
const urlPattern = /\bhttps?:\/\/[^\s<>"'`]+/giu;
const trailingPunctuation = /[.,:;!?)\]}'"»”’]+$/u;

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** The http(s) URLs of a text, with their UTF-16 offsets. */
export function findUrls(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of text.matchAll(urlPattern)) {
    const raw = m[0].replace(trailingPunctuation, '');
    // Only a URL with a host counts (`http://` alone is text).
    if (!/^https?:\/\/[^/?#\s]+/iu.test(raw)) continue;
    spans.push({ start: m.index, end: m.index + raw.length, text: raw });
  }
  return spans;
}

// X also links bare domains (twitter-text's URLs without protocol): a known TLD, not glued to a word,
// an @, $ or # (nor to - _ . /), ASCII labels. twitter-text's gTLD list has ~1,500 entries; these are
// the common ones, and every ccTLD.
const genericTlds =
  'com net org info biz edu gov mil int name pro mobi aero asia cat coop jobs museum tel travel xxx post ' +
  'app dev page blog shop store online site website tech xyz club design art news live life world media ' +
  'studio agency email link cloud space fun top vip wiki team today community company digital network ' +
  'software systems solutions services global group games guru help host land market money one plus run ' +
  'school support tips tools works zone africa berlin london nyc paris tokyo amsterdam shopping fashion ' +
  'style beauty fitness health coffee cafe bar pizza golf band events finance fund capital consulting ' +
  'marketing ltd inc llc photography photo photos gallery music video social academy studio ' +
  'education energy express family farm fit gold house how ink institute law legal love mba moe ' +
  'ngo ooo org partners pet pics pink plus press red review reviews rocks sale science show ' +
  'ski soy style surf systems tattoo tax technology tours town toys training tube uno vegas ' +
  'vision vote voyage watch wedding win wine work yoga google youtube amazon apple microsoft';
const countryTlds =
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bv bw ' +
  'by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu ' +
  'fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il ' +
  'im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma ' +
  'mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om ' +
  'pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so ' +
  'sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg ' +
  'vi vn vu wf ws ye yt za zm zw';
const ccTlds = new Set(countryTlds.split(' '));
const tldAlternation = [...new Set(`${genericTlds} ${countryTlds}`.split(' '))]
  .sort((a, b) => b.length - a.length)
  .join('|');
const bareDomainPattern = new RegExp(
  `(?<![A-Za-z0-9@＠$#＃\\u202A-\\u202E_./-])((?:[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?\\.)+)(${tldAlternation})(?![a-z0-9@+_-])(?::\\d{1,5})?([/?][^\\s<>"'\\x60]*)?`,
  'giu',
);

/**
 * The links X counts as 23: http(s) URLs, and bare domains it auto-links — `mewayz.com`,
 * `foo.co.uk/x`, `www.example.de` (not `file.txt`, `a.b`, `me@mail.com`, and — like twitter-text's
 * short-domain rule — not a lone `name.<ccTLD>` without a path, such as `example.de`, except `.co`
 * and `.tv`).
 */
export function findXUrls(text: string): TextSpan[] {
  const spans = findUrls(text);
  for (const m of text.matchAll(bareDomainPattern)) {
    const start = m.index;
    const labels = m[1]!.split('.').filter(Boolean);
    const tld = m[2]!.toLowerCase();
    const raw = m[0].replace(trailingPunctuation, '');
    const hasPath =
      raw.length > m[1]!.length + m[2]!.length && /[/?]/.test(raw.slice(m[1]!.length + m[2]!.length));
    if (labels.length === 1 && ccTlds.has(tld) && !hasPath && tld !== 'co' && tld !== 'tv') continue;
    const end = start + raw.length;
    if (spans.some((u) => start < u.end && end > u.start)) continue;
    spans.push({ start, end, text: raw });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const segmenter = () => new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of segmenter().segment(text)) n++;
  return n;
}

// twitter-text v3's ranges of weight 1 (`scale` 100 = one character); everything else weighs 2.
const xLightRanges: [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const pictographic = /\p{Extended_Pictographic}/u;

function xWeightOfPlain(text: string): number {
  let weight = 0;
  for (const { segment } of segmenter().segment(text)) {
    // An emoji sequence (ZWJ families, flags, skin tones) counts once, as 2.
    if (pictographic.test(segment) || /\p{Regional_Indicator}/u.test(segment)) {
      weight += 2;
      continue;
    }
    for (const ch of segment) {
      const cp = ch.codePointAt(0)!;
      weight += xLightRanges.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2;
    }
  }
  return weight;
}

function withUrlsAs(
  text: string,
  measure: (plain: string) => number,
  urls: (text: string) => TextSpan[] = findUrls,
): number {
  let total = 0;
  let at = 0;
  for (const url of urls(text)) {
    total += measure(text.slice(at, url.start)) + socialUrlLength;
    at = url.end;
  }
  return total + measure(text.slice(at));
}

/** X's weighted length of a text (NFC, as X normalises it). */
export function xWeightedLength(text: string): number {
  return withUrlsAs(text.normalize('NFC'), xWeightOfPlain, findXUrls);
}

/** A post's length as `network` counts it. */
export function socialTextLength(network: PublishNetwork, text: string): number {
  switch (network) {
    case 'x':
      return xWeightedLength(text);
    case 'bluesky':
      return graphemeCount(text);
    case 'mastodon':
      return withUrlsAs(text, (plain) => [...plain].length);
    case 'instagram':
      return [...text].length;
  }
}

export interface SocialTextCheck {
  network: PublishNetwork;
  length: number;
  limit: number;
  remaining: number;
  /** Null when the post fits; otherwise what the composer and the API say. */
  problem: string | null;
  code: 'too_long' | 'media_required' | 'too_many_media' | 'empty' | null;
}

/** Whether `text` (with `mediaCount` images) can be posted to `network`, and why not. */
export function checkSocialText(network: PublishNetwork, text: string, mediaCount = 0): SocialTextCheck {
  const rule = socialRules[network];
  const length = socialTextLength(network, text);
  const name = publishNetworkNames[network];
  let problem: string | null = null;
  let code: SocialTextCheck['code'] = null;
  if (length > rule.limit) {
    problem = `${name} allows ${rule.limit} characters; this post has ${length}`;
    code = 'too_long';
  } else if (rule.requiresMedia && mediaCount === 0) {
    problem = `${name} posts need an image or a video`;
    code = 'media_required';
  } else if (mediaCount > rule.maxMedia) {
    problem = `${name} takes at most ${rule.maxMedia} image${rule.maxMedia === 1 ? '' : 's'}`;
    code = 'too_many_media';
  } else if (!text.trim() && mediaCount === 0) {
    problem = 'Write something to post';
    code = 'empty';
  }
  return { network, length, limit: rule.limit, remaining: rule.limit - length, problem, code };
}

export interface BlueskyFacet {
  index: { byteStart: number; byteEnd: number };
  features: (
    | { $type: 'app.bsky.richtext.facet#link'; uri: string }
    | { $type: 'app.bsky.richtext.facet#tag'; tag: string }
  )[];
}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/**
 * Bluesky's rich-text facets of a post's links and hashtags. A record's text is plain: without a
 * facet a URL is not clickable. Offsets are UTF-8 byte offsets into the text (not UTF-16 indexes).
 */
export function blueskyFacets(text: string): BlueskyFacet[] {
  const facets: BlueskyFacet[] = [];
  const byteAt = (i: number) => utf8Length(text.slice(0, i));
  const urls = findUrls(text);
  for (const url of urls)
    facets.push({
      index: { byteStart: byteAt(url.start), byteEnd: byteAt(url.end) },
      features: [{ $type: 'app.bsky.richtext.facet#link', uri: url.text }],
    });
  for (const m of text.matchAll(/(^|\s)#([^\s#.,!?;:()[\]{}"'`]{1,64})/gu)) {
    const start = m.index + m[1]!.length;
    if (urls.some((u) => start >= u.start && start < u.end)) continue;
    const end = start + 1 + m[2]!.length;
    facets.push({
      index: { byteStart: byteAt(start), byteEnd: byteAt(end) },
      features: [{ $type: 'app.bsky.richtext.facet#tag', tag: m[2]! }],
    });
  }
  return facets.sort((a, b) => a.index.byteStart - b.index.byteStart);
}

// --- API bodies ---

export const publishNetworkSchema = z.enum(publishNetworks).openapi('PublishNetwork');
export const socialPostStatuses = [
  'draft',
  'scheduled',
  'publishing',
  'published',
  'partially_failed',
  'failed',
  'canceled',
] as const;
export const socialTargetStatuses = [
  'pending',
  'publishing',
  'published',
  'failed',
  'unconfirmed',
  'canceled',
] as const;

/** The longest text any network takes (Instagram's), so a variant of any network fits the field. */
const postText = (min: number) => multiLine(min, 2200, { field: 'the post’s text' });

const mediaKey = z
  .string()
  .max(300)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,299}$/)
  .refine((k) => !k.includes('..'), { error: 'Enter a media key' });

export const socialMediaInput = z
  .object({
    key: mediaKey,
    /** An image's alt text, a video's description. */
    alt: multiLine(0, 1000).default(''),
    contentType: z.enum(socialMediaTypes),
  })
  .strict()
  .openapi('SocialMedia');

const ianaZone = z
  .string()
  .max(64)
  .regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){0,2}$|^UTC$/)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { error: 'Enter a time zone such as Europe/Lisbon' },
  );

export const createSocialPostInput = z
  .object({
    text: postText(0),
    /** A network's own text; networks left out post `text`. */
    variants: z.partialRecord(publishNetworkSchema, postText(0)).default({}),
    accountIds: z
      .array(idSchema('socialAccount'))
      .min(1, { error: 'Choose at least one account' })
      .max(20)
      .transform((ids) => [...new Set(ids)]),
    /** Up to four images, or one video (not both: refused with `mixed_media`). */
    media: z.array(socialMediaInput).max(4).default([]),
    /** When to publish; left out, the post stays a draft. `now` publishes at once. */
    scheduledAt: z
      .union([z.literal('now'), z.iso.datetime({ offset: true }).openapi({ maxLength: 40 })])
      .optional(),
    timeZone: ianaZone.optional(),
    /** Replace the post's links by Mewayz short links, so their clicks are counted (default on). */
    shortenLinks: z.boolean().default(true),
  })
  .strict()
  .openapi('CreateSocialPost');
export type CreateSocialPostInput = z.input<typeof createSocialPostInput>;

export const scheduleSocialPostInput = z
  .object({
    scheduledAt: z.union([z.literal('now'), z.iso.datetime({ offset: true }).openapi({ maxLength: 40 })]),
    timeZone: ianaZone.optional(),
  })
  .strict()
  .openapi('ScheduleSocialPost');
export type ScheduleSocialPostInput = z.input<typeof scheduleSocialPostInput>;

export const confirmSocialTargetInput = z
  .object({
    /** The creator found the post on the network (true) or wants it posted again (false). */
    posted: z.boolean(),
    url: webUrl.optional(),
  })
  .strict()
  .openapi('ConfirmSocialTarget');
export type ConfirmSocialTargetInput = z.input<typeof confirmSocialTargetInput>;

const instantIn = z.iso
  .datetime({ offset: true, error: 'Use a date and time like 2026-12-24T10:00:00Z' })
  .openapi({ maxLength: 40 });

export const socialPostsQuery = z
  .object({
    from: instantIn.optional().openapi({ param: { name: 'from', in: 'query' } }),
    to: instantIn.optional().openapi({ param: { name: 'to', in: 'query' } }),
    status: z
      .enum(socialPostStatuses)
      .optional()
      .openapi({ param: { name: 'status', in: 'query' } }),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) > Date.parse(q.from), {
    error: 'End after the start',
    path: ['to'],
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 92 * 86_400_000, {
    error: 'Ask for at most 92 days at once',
    path: ['to'],
  });

// --- API answers ---

const statsOut = z.object({
  likes: countOut,
  reposts: countOut,
  replies: countOut,
  impressions: countOut.nullable(),
  syncedAt: instantOut.nullable(),
});

export const socialAccountSchema = z
  .object({
    id: idSchema('socialAccount'),
    network: publishNetworkSchema,
    instanceUrl: urlOut.nullable(),
    handle: textOut(128),
    displayName: textOut(200).nullable(),
    status: z.enum(['connected', 'needs_reauth', 'revoked']),
    lastError: textOut(500).nullable(),
    tokenExpiresAt: instantOut.nullable(),
    createdAt: instantOut,
  })
  .openapi('SocialAccount');

export const socialTargetSchema = z
  .object({
    id: idSchema('socialTarget'),
    accountId: idSchema('socialAccount'),
    network: publishNetworkSchema,
    status: z.enum(socialTargetStatuses),
    attempts: countOut,
    nextAttemptAt: instantOut.nullable(),
    externalUrl: urlOut.nullable(),
    lastError: textOut(500).nullable(),
    publishedAt: instantOut.nullable(),
    stats: statsOut,
  })
  .openapi('SocialPostTarget');

export const socialPostSchema = z
  .object({
    id: idSchema('socialPost'),
    text: textOut(2200, true),
    variants: z.partialRecord(publishNetworkSchema, textOut(2200, true)),
    media: listOut(
      z.object({
        key: textOut(300),
        alt: textOut(1000, true),
        contentType: z.enum(socialMediaTypes),
      }),
      4,
    ),
    status: z.enum(socialPostStatuses),
    scheduledAt: instantOut.nullable(),
    timeZone: textOut(64).nullable(),
    publishedAt: instantOut.nullable(),
    targets: listOut(socialTargetSchema, 20),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('SocialPost');

// --- Insights ---

/** The windows engagement per account is reported over, in days. */
export const socialInsightWindows = [7, 30, 90] as const;
/** Below this many published posts (last 90 days), best times are not guessed. */
export const bestTimesMinimumPosts = 10;

const zoneParam = ianaZone.optional().openapi({
  param: { name: 'tz', in: 'query' },
  description:
    'The IANA zone days and hours are counted in; default: the zone of the workspace’s latest scheduled post, else UTC.',
  example: 'Europe/Berlin',
});

export const socialInsightsQuery = z
  .object({
    days: z
      .enum(['7', '30', '90'], { error: 'Choose 7, 30 or 90 days' })
      .default('30')
      .transform(Number)
      .openapi({ param: { name: 'days', in: 'query' }, example: '30' }),
    tz: zoneParam,
  })
  .strict();

export const socialBestTimesQuery = z.object({ tz: zoneParam }).strict();

const ratioOut = z.number().min(0).max(1_000_000).openapi({ format: 'double', example: 12.5 });

export const socialAccountInsightsSchema = z
  .object({
    accountId: idSchema('socialAccount'),
    network: publishNetworkSchema,
    handle: textOut(128),
    days: z.number().int().min(1).max(90).openapi({ format: 'int32', example: 30 }),
    timeZone: textOut(64),
    /** First day of the window, in the zone. */
    from: dayOut,
    to: dayOut,
    totals: z.object({
      posts: countOut,
      likes: countOut,
      reposts: countOut,
      replies: countOut,
      /** Null when the network reports none (Bluesky, Mastodon). */
      impressions: countOut.nullable(),
      /** likes + reposts + replies. */
      engagement: countOut,
      engagementPerPost: ratioOut.nullable(),
    }),
    /** Every day of the window (zero-filled); a post's counts are on the day it was published. */
    series: listOut(z.object({ day: dayOut, posts: countOut, engagement: countOut }), 90),
  })
  .openapi('SocialAccountInsights');

export const socialBestTimeSlotSchema = z
  .object({
    /** 0 = Monday … 6 = Sunday, in `timeZone`. */
    weekday: z.number().int().min(0).max(6).openapi({ format: 'int32', example: 3 }),
    /** The hour the slot starts, 0–23, in `timeZone`. */
    hour: z.number().int().min(0).max(23).openapi({ format: 'int32', example: 18 }),
    /** Engagement of the slot's posts relative to each account's usual (1 = usual), shrunk toward 1. */
    score: ratioOut,
    /** Published posts in this slot (a post on three accounts counts once). */
    posts: countOut,
    /** Published targets (post × account) in this slot. */
    targets: countOut,
  })
  .openapi('SocialBestTimeSlot');

export const socialBestTimesSchema = z
  .object({
    /** `not_enough_history`: fewer than `minimumPosts` published posts; `slots` is then empty. */
    status: z.enum(['ok', 'not_enough_history']),
    timeZone: textOut(64),
    windowDays: z.number().int().min(1).max(366).openapi({ format: 'int32', example: 90 }),
    /** Published posts of the window that count (at least a day old). */
    posts: countOut,
    minimumPosts: countOut,
    /** The best slots, best first (at most 3); each better than usual and backed by two posts or more. */
    slots: listOut(socialBestTimeSlotSchema, 3),
  })
  .openapi('SocialBestTimes');
