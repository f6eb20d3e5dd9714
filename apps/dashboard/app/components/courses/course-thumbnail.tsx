import { formatBytes, MAX_COURSE_THUMBNAIL_BYTES } from '@mewayz/contracts';
import { ActionForm, Button } from '../ui.tsx';
import { fileInput } from './lesson-files.tsx';

/**
 * The course's thumbnail (course cards on bio pages show it): a preview, an upload form that works
 * without JS, and removal. `src` is the dashboard's own `/media/<key>`, null for a key it cannot show.
 */
export function CourseThumbnailForm({
  src,
  hasThumbnail,
  canManage,
  error,
}: {
  src: string | null;
  hasThumbnail: boolean;
  canManage: boolean;
  error?: string;
}) {
  return (
    <section aria-labelledby="thumb-title" className="mt-6 border-t border-slate-100 pt-4">
      <h3 id="thumb-title" className="text-sm font-semibold text-slate-900">
        Thumbnail
      </h3>
      <div className="mt-2 flex flex-col gap-3 sm:flex-row sm:items-start sm:gap-4">
        {src ? (
          <img
            src={src}
            alt="The course thumbnail"
            width={96}
            height={96}
            className="size-24 rounded-lg object-cover ring-1 ring-slate-200"
            data-testid="course-thumbnail"
          />
        ) : (
          <p className="text-sm text-slate-600">
            {hasThumbnail ? 'Set through the API.' : 'None: cards show the title’s first letter.'}
          </p>
        )}
        {canManage ? (
          <div className="flex w-full min-w-0 flex-1 flex-col gap-2">
            <ActionForm
              intent="uploadThumbnail"
              encType="multipart/form-data"
              className="flex flex-col gap-2"
            >
              <label htmlFor="thumb-file" className="text-xs text-slate-600">
                {hasThumbnail ? 'Replace with' : 'Upload'} a PNG, JPEG, WebP or GIF, at most{' '}
                {formatBytes(MAX_COURSE_THUMBNAIL_BYTES)} (square works best)
              </label>
              <input
                id="thumb-file"
                type="file"
                name="thumbnail"
                required
                accept="image/png,image/jpeg,image/webp,image/gif"
                className={fileInput}
                aria-describedby={error ? 'thumb-file-error' : undefined}
              />
              {error ? (
                <p id="thumb-file-error" className="text-sm text-red-700">
                  {error}
                </p>
              ) : null}
              <Button type="submit" variant="secondary" size="sm" className="self-start">
                Upload thumbnail
              </Button>
            </ActionForm>
            {hasThumbnail ? (
              <ActionForm intent="removeThumbnail">
                <Button type="submit" variant="ghost" size="sm">
                  Remove thumbnail
                </Button>
              </ActionForm>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
