import { formatBytes, lessonVideoProvider } from '@mewayz/contracts';
import { embedProviderNames, embedTarget } from '../embeds.ts';

const sandbox =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';
const allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';

/** The player's origin for the page's CSP `frame-src`, only when the visitor asked to play it. */
export function videoFrameOrigin(url: string | null | undefined, play: boolean): string[] {
  if (!url || !play) return [];
  const provider = lessonVideoProvider(url);
  const target = provider ? embedTarget(provider, url) : null;
  return target ? [target.frameHost] : [];
}

/**
 * A lesson's video, click-to-load like the embed block: a link to `?play=1` until the visitor asks,
 * so no third-party request (or script) happens before.
 */
export function LessonVideo({
  url,
  title,
  play,
}: {
  url: string | null | undefined;
  title: string;
  play: boolean;
}) {
  if (!url) return null;
  const provider = lessonVideoProvider(url);
  const target = provider ? embedTarget(provider, url) : null;
  if (!provider || !target) return null;
  if (play)
    return (
      <div class="vid" id="video">
        <iframe
          src={target.embedUrl}
          title={title}
          width="560"
          height="315"
          sandbox={sandbox}
          allow={allow}
          referrerpolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  return (
    <a class="cta" href="?play=1#video" id="video" rel="nofollow">
      ▶ Play the video · loads from {embedProviderNames[provider]}
    </a>
  );
}

/**
 * A lesson's uploaded video, from the site's own origin (`/learn/<course>/<lesson>/video`, which
 * checks who may watch and answers range requests): the browser's own player, no script, and only
 * its metadata is fetched before the student presses play.
 */
export function UploadedVideo({
  base,
  video,
  title,
}: {
  base: string;
  video: { contentType: string } | null | undefined;
  title: string;
}) {
  if (!video) return null;
  return (
    <div class="vid">
      {/* biome-ignore lint/a11y/useMediaCaption: creators cannot upload caption files yet (not built); a track without one would be empty */}
      <video controls preload="metadata" src={`${base}/video`} title={title} width="640" height="360">
        <a href={`${base}/video`}>Download the video</a>
      </video>
    </div>
  );
}

/** The lesson's files as download links (each served `attachment` by the same checks as the video). */
export function AttachmentList({
  base,
  attachments,
}: {
  base: string;
  attachments: { id: string; name: string; size: number }[] | undefined;
}) {
  if (!attachments?.length) return null;
  return (
    <section class="files">
      <h2>Files</h2>
      <ul>
        {attachments.map((a) => (
          <li>
            <a href={`${base}/files/${a.id}`} download={a.name}>
              {a.name}
            </a>{' '}
            <small>{formatBytes(a.size)}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
