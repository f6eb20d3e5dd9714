import {
  checkSocialImage,
  checkSocialVideo,
  isSocialVideo,
  MAX_SOCIAL_VIDEO_BYTES,
  type PublishNetwork,
  publishNetworkNames,
  socialRules,
} from '@mewayz/contracts';
import type { CoreDeps } from '../deps.ts';
import { readRange } from '../media/bucket.ts';
import { sniffVideo } from '../media/file-types.ts';
import { mp4DurationFromRanges, mp4DurationSeconds } from '../media/mp4.ts';

export interface MediaProblem {
  path: string;
  message: string;
  code: string;
}

type MediaInput = { key: string; contentType: string };

/** Where a workspace's social uploads live in the media bucket (the dashboard stores them there). */
export const socialMediaPrefix = (orgId: string) => `social/${orgId}/`;

/**
 * What each chosen network would refuse about a post's media, read from the stored objects: an
 * image's size (R2 `head`), a video's size, type and length (its bytes: sniffed as MP4, the length
 * from its `mvhd`). Checked before a post is accepted, so a refusal is a coded 422 naming the
 * network and its limit rather than a failed publish later.
 */
export async function mediaProblems(
  deps: CoreDeps,
  orgId: string,
  media: MediaInput[],
  networks: PublishNetwork[],
): Promise<MediaProblem[]> {
  const problems: MediaProblem[] = [];
  if (media.some((m) => isSocialVideo(m.contentType)) && media.length > 1)
    return [{ path: 'media', code: 'mixed_media', message: 'A post carries images or one video, not both.' }];
  for (const [i, m] of media.entries()) {
    const path = `media.${i}`;
    const video = isSocialVideo(m.contentType);
    // A type a network never takes is refused before anything is read.
    const refusedType = video
      ? []
      : networks.filter((n) => !socialRules[n].imageTypes.includes(m.contentType as never));
    for (const n of refusedType)
      problems.push({
        path: 'media',
        code: `image_type_${n}`,
        message: `${publishNetworkNames[n]} does not take ${m.contentType} images`,
      });
    const unsupported = video ? networks.filter((n) => !socialRules[n].video) : [];
    for (const n of unsupported) {
      const p = checkSocialVideo(n, { contentType: m.contentType, size: 0, durationSeconds: null })!;
      problems.push({ path, code: `${p.code}_${n}`, message: p.message });
    }
    // Only this workspace's uploads: another's file is "not stored" here, whether it exists or not.
    const stored = m.key.startsWith(socialMediaPrefix(orgId)) ? await inspect(deps, m.key, video) : null;
    if (!stored) {
      problems.push({ path, code: 'media_missing', message: 'Upload the file again: it is not stored.' });
      continue;
    }
    if (stored.contentType && stored.contentType !== m.contentType) {
      problems.push({
        path,
        code: 'media_type_mismatch',
        message: `The file is ${stored.contentType}, not ${m.contentType}.`,
      });
      continue;
    }
    if (!video) {
      for (const n of networks) {
        if (refusedType.includes(n)) continue;
        const p = checkSocialImage(n, { contentType: m.contentType, size: stored.size });
        if (p) problems.push({ path, code: `image_too_big_${n}`, message: p });
      }
      continue;
    }
    if (stored.size > MAX_SOCIAL_VIDEO_BYTES) {
      problems.push({
        path,
        code: 'video_too_big',
        message: `Videos can be up to ${MAX_SOCIAL_VIDEO_BYTES / (1024 * 1024)} MB here; this one is ${(stored.size / 1_000_000).toFixed(1)} MB.`,
      });
      continue;
    }
    if (stored.durationSeconds === null) {
      problems.push({
        path,
        code: 'video_unreadable',
        message: 'The video’s length cannot be read from the file: export it as MP4 again.',
      });
      continue;
    }
    for (const n of networks) {
      if (unsupported.includes(n)) continue;
      const p = checkSocialVideo(n, {
        contentType: m.contentType,
        size: stored.size,
        durationSeconds: stored.durationSeconds,
      });
      if (p) problems.push({ path, code: `${p.code}_${n}`, message: p.message });
    }
  }
  return problems;
}

/**
 * The stored object's size and type (`head`, or the bytes where a bucket has no `head`), and a
 * video's length. Null when it is not stored.
 */
async function inspect(
  deps: CoreDeps,
  key: string,
  video: boolean,
): Promise<{ size: number; contentType: string | null; durationSeconds: number | null } | null> {
  const bucket = deps.media;
  if (!bucket) return null;
  let size: number | null = null;
  let contentType: string | null = null;
  if (bucket.head) {
    const head = await bucket.head(key);
    if (!head) return null;
    size = head.size;
    contentType = head.httpMetadata?.contentType ?? null;
    // A video larger than our cap is refused on its size alone, without reading it.
    if (!video || size > MAX_SOCIAL_VIDEO_BYTES) return { size, contentType, durationSeconds: null };
  }
  if (size !== null) {
    // A video with its size known: its type from its first bytes, its length from its boxes, read by
    // range rather than whole (up to 50 MB in a Worker's memory).
    const first = await readRange(bucket, key, size, 0, 64);
    if (!first) return null;
    const sniffed = sniffVideo(first);
    return {
      size,
      contentType: sniffed?.type ?? 'application/octet-stream',
      durationSeconds:
        sniffed?.type === 'video/mp4'
          ? await mp4DurationFromRanges(size, (offset, length) =>
              readRange(bucket, key, size, offset, length),
            )
          : null,
    };
  }
  const obj = await bucket.get?.(key);
  if (!obj?.arrayBuffer) return null;
  const bytes = new Uint8Array(await obj.arrayBuffer());
  if (!video) return { size: bytes.length, contentType, durationSeconds: null };
  // A video's type is its bytes' (what was stored under a video key may be anything).
  const sniffed = sniffVideo(bytes);
  return {
    size: bytes.length,
    contentType: sniffed?.type ?? 'application/octet-stream',
    durationSeconds: sniffed?.type === 'video/mp4' ? mp4DurationSeconds(bytes) : null,
  };
}
