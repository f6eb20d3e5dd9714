import {
  formatBytes,
  MAX_ATTACHMENTS_PER_LESSON,
  MAX_LESSON_ATTACHMENT_BYTES,
  MAX_LESSON_VIDEO_BYTES,
} from '@mewayz/contracts';
import { ActionForm, Button } from '../ui.tsx';

interface LessonFilesProps {
  lesson: {
    id: string;
    title: string;
    video: { contentType: string; size: number } | null;
    attachments: { id: string; name: string; size: number }[];
  };
  canManage: boolean;
  errors?: Record<string, string>;
}

export const fileInput =
  'block w-full min-w-0 text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-200';

/**
 * A lesson's uploaded video and its files: plain multipart forms (they work without JS), one per
 * action, since a file input cannot ride along with the lesson's text fields' autosave-free form.
 */
export function LessonFiles({ lesson, canManage, errors }: LessonFilesProps) {
  return (
    <div className="grid gap-4 border-t border-slate-100 p-3 sm:grid-cols-2">
      <section aria-labelledby={`vf-${lesson.id}`} className="min-w-0">
        <h4 id={`vf-${lesson.id}`} className="text-sm font-semibold text-slate-900">
          Video file
        </h4>
        {lesson.video ? (
          <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span data-testid="lesson-video">
              Uploaded · {lesson.video.contentType.replace('video/', '').toUpperCase()} ·{' '}
              {formatBytes(lesson.video.size)}
            </span>
            {canManage ? (
              <ActionForm intent="removeVideo">
                <input type="hidden" name="lessonId" value={lesson.id} />
                <Button
                  type="submit"
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove the video of ${lesson.title}`}
                >
                  Remove
                </Button>
              </ActionForm>
            ) : null}
          </div>
        ) : (
          <p className="mt-1 text-sm text-slate-600">None: students see the video link, if any.</p>
        )}
        {canManage ? (
          <ActionForm intent="uploadVideo" encType="multipart/form-data" className="mt-2 flex flex-col gap-2">
            <input type="hidden" name="lessonId" value={lesson.id} />
            <label htmlFor={`vu-${lesson.id}`} className="text-xs text-slate-600">
              {lesson.video ? 'Replace with' : 'Upload'} an MP4, MOV or WebM, at most{' '}
              {formatBytes(MAX_LESSON_VIDEO_BYTES)}
            </label>
            <input
              id={`vu-${lesson.id}`}
              type="file"
              name="video"
              required
              accept="video/mp4,video/webm,video/quicktime,.mp4,.m4v,.mov,.webm"
              className={fileInput}
              aria-describedby={errors?.video ? `vu-${lesson.id}-error` : undefined}
            />
            {errors?.video ? (
              <p id={`vu-${lesson.id}-error`} className="text-sm text-red-700">
                {errors.video}
              </p>
            ) : null}
            <Button type="submit" variant="secondary" size="sm" className="self-start">
              Upload video
            </Button>
          </ActionForm>
        ) : null}
      </section>
      <section aria-labelledby={`af-${lesson.id}`} className="min-w-0">
        <h4 id={`af-${lesson.id}`} className="text-sm font-semibold text-slate-900">
          Files for students
        </h4>
        {lesson.attachments.length ? (
          <ul className="mt-1 flex flex-col gap-1" data-testid="lesson-attachments">
            {lesson.attachments.map((a) => (
              <li key={a.id} className="flex items-center gap-2 text-sm text-slate-700">
                <span className="min-w-0 flex-1 truncate" title={a.name}>
                  {a.name} <span className="text-slate-500">· {formatBytes(a.size)}</span>
                </span>
                {canManage ? (
                  <ActionForm intent="deleteAttachment">
                    <input type="hidden" name="lessonId" value={lesson.id} />
                    <input type="hidden" name="attachmentId" value={a.id} />
                    <Button type="submit" variant="ghost" size="sm" aria-label={`Delete file ${a.name}`}>
                      ✕
                    </Button>
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">No files yet.</p>
        )}
        {canManage && lesson.attachments.length < MAX_ATTACHMENTS_PER_LESSON ? (
          <ActionForm
            intent="addAttachment"
            encType="multipart/form-data"
            className="mt-2 flex flex-col gap-2"
          >
            <input type="hidden" name="lessonId" value={lesson.id} />
            <label htmlFor={`au-${lesson.id}`} className="text-xs text-slate-600">
              PDF, ZIP, documents, images, MP3, video or text, at most{' '}
              {formatBytes(MAX_LESSON_ATTACHMENT_BYTES)}
            </label>
            <input
              id={`au-${lesson.id}`}
              type="file"
              name="file"
              required
              className={fileInput}
              aria-describedby={errors?.file ? `au-${lesson.id}-error` : undefined}
            />
            {errors?.file ? (
              <p id={`au-${lesson.id}-error`} className="text-sm text-red-700">
                {errors.file}
              </p>
            ) : null}
            <Button type="submit" variant="secondary" size="sm" className="self-start">
              Add file
            </Button>
          </ActionForm>
        ) : null}
      </section>
    </div>
  );
}
