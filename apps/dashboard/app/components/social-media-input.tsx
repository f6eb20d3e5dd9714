import {
  checkSocialImage,
  checkSocialVideo,
  isSocialVideo,
  MAX_SOCIAL_VIDEO_BYTES,
  type PublishNetwork,
  publishNetworkNames,
  socialImageTypes,
  socialRules,
  socialVideoTypes,
} from '@mewayz/contracts';
import { useEffect, useState } from 'react';
import { Field } from './ui.tsx';

/** What the composer knows of the chosen file: enough for the counters and the per-network checks. */
export interface ChosenMedia {
  kind: 'image' | 'video';
  url: string;
  contentType: string;
  size: number;
  /** A video's length once the browser read its metadata; null until then. */
  durationSeconds: number | null;
}

// The dashboard's types are the Workers runtime's, which has no object URLs; the composer runs them in the browser.
const browserUrl = URL as unknown as {
  createObjectURL(file: File): string;
  revokeObjectURL(url: string): void;
};

/** Why each chosen network would refuse the file (the same rules the API applies), one line each. */
export function mediaProblems(networks: PublishNetwork[], media: ChosenMedia | null): string[] {
  if (!media) return [];
  if (media.kind === 'image')
    return networks.map((n) => checkSocialImage(n, media)).filter((p): p is string => Boolean(p));
  if (media.size > MAX_SOCIAL_VIDEO_BYTES)
    return [`Videos can be up to ${MAX_SOCIAL_VIDEO_BYTES / (1024 * 1024)} MB here.`];
  return networks.map((n) => checkSocialVideo(n, media)?.message).filter((p): p is string => Boolean(p));
}

/** What the chosen networks take, so the file is chosen right the first time. */
export function mediaHint(networks: PublishNetwork[]) {
  if (networks.length === 0) return 'PNG, JPEG, WebP or GIF images, or one MP4 video up to 50 MB.';
  const smallest = Math.min(...networks.map((n) => socialRules[n].maxImageBytes));
  const jpegOnly = networks.filter((n) => socialRules[n].imageTypes.length === 1);
  const jpeg = jpegOnly.length ? `; JPEG for ${jpegOnly.map((n) => publishNetworkNames[n]).join(', ')}` : '';
  const noVideo = networks.filter((n) => !socialRules[n].video).map((n) => publishNetworkNames[n]);
  const videoLimits = networks.flatMap((n) => {
    const v = socialRules[n].video;
    if (!v) return [];
    const parts = [
      ...(v.maxBytes < MAX_SOCIAL_VIDEO_BYTES ? [`${v.maxBytes / 1_000_000} MB`] : []),
      ...(v.maxSeconds ? [v.maxSeconds % 60 === 0 ? `${v.maxSeconds / 60} min` : `${v.maxSeconds} s`] : []),
    ];
    return parts.length ? [`${publishNetworkNames[n]} ${parts.join(', ')}`] : [];
  });
  const needs = networks.filter((n) => socialRules[n].requiresMedia).map((n) => publishNetworkNames[n]);
  return [
    `PNG, JPEG, WebP or GIF up to ${smallest / 1_000_000} MB${jpeg}.`,
    `Or one MP4 video up to 50 MB${videoLimits.length ? ` (${videoLimits.join('; ')})` : ''}${noVideo.length ? `; not for ${noVideo.join(', ')} yet` : ''}.`,
    needs.length ? `${needs.join(', ')} needs one.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The composer's media: one file input for images or one MP4 video, each chosen network's refusal
 * next to it (checked in the browser with the API's rules; a video's length read by the browser from
 * its metadata), a preview (a video with controls, never autoplaying) and its alt text or description.
 */
export function SocialMediaInput({
  networks,
  fieldErrors,
  onChange,
}: {
  networks: PublishNetwork[];
  fieldErrors?: Record<string, string>;
  onChange: (media: ChosenMedia | null) => void;
}) {
  const [media, setMedia] = useState<ChosenMedia | null>(null);
  // The server's word stands until another file is chosen (then the browser's check speaks).
  const [pickedAfter, setPickedAfter] = useState<Record<string, string> | undefined>();
  const serverError =
    fieldErrors && pickedAfter === fieldErrors
      ? undefined
      : (fieldErrors?.media ?? fieldErrors?.['media.0'] ?? fieldErrors?.image);
  // …or until the chosen networks change: the server spoke about the networks chosen then.
  const networksKey = networks.join(',');
  const [networksSeen, setNetworksSeen] = useState(networksKey);
  if (networksSeen !== networksKey) {
    setNetworksSeen(networksKey);
    setPickedAfter(fieldErrors);
  }
  const problems = mediaProblems(networks, media);
  // The preview's object URL is let go when the file changes or the composer goes.
  const previewUrl = media?.url;
  useEffect(() => () => (previewUrl ? browserUrl.revokeObjectURL(previewUrl) : undefined), [previewUrl]);
  const choose = (next: ChosenMedia | null) => {
    setMedia(next);
    onChange(next);
  };
  const video = media?.kind === 'video';
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
      <div className="space-y-3">
        <Field
          label="Image or video"
          name="media"
          type="file"
          accept={[...socialImageTypes, ...socialVideoTypes].join(',')}
          error={problems.length ? problems.join(' · ') : serverError}
          hint={mediaHint(networks)}
          onChange={(e) => {
            const file = (e.currentTarget as unknown as { files: ArrayLike<File> | null }).files?.[0];
            setPickedAfter(fieldErrors);
            choose(
              file
                ? {
                    kind: isSocialVideo(file.type) ? 'video' : 'image',
                    url: browserUrl.createObjectURL(file),
                    contentType: file.type,
                    size: file.size,
                    durationSeconds: null,
                  }
                : null,
            );
          }}
        />
        <Field
          label={video ? 'Video description' : 'Image description (alt text)'}
          name="alt"
          maxLength={1000}
          hint={
            video
              ? 'Say what happens in the video, for people who cannot see it (X and Mastodon show it).'
              : 'Read aloud to people who cannot see the image.'
          }
        />
      </div>
      {media?.kind === 'image' ? (
        <img src={media.url} alt="" className="size-24 rounded-lg object-cover ring-1 ring-slate-200" />
      ) : null}
      {media?.kind === 'video' ? (
        // biome-ignore lint/a11y/useMediaCaption: a preview of the creator's own upload, before it has captions.
        <video
          src={media.url}
          controls
          preload="metadata"
          playsInline
          data-testid="media-preview"
          className="w-full max-w-64 rounded-lg bg-slate-900 ring-1 ring-slate-200 sm:w-48"
          onLoadedMetadata={(e) => {
            const seconds = (e.currentTarget as unknown as { duration: number }).duration;
            if (Number.isFinite(seconds)) choose({ ...media, durationSeconds: seconds });
          }}
        />
      ) : null}
    </div>
  );
}
