import type { SubmissionResult } from '@conform-to/react';
import { imageAltSchema, imageUploadSchema } from '../../lib/catalog/forms.ts';
import { type CatalogResult, replyFor } from '../../lib/catalog/intent.ts';
import { FormField, MewayzForm, useMewayzForm } from '../form.tsx';
import { ActionForm, Button, Card } from '../ui.tsx';
import { MoveButtons } from './move-buttons.tsx';

type Image = { id: string; src: string | null; alt: string };

function AltForm({
  image,
  place,
  lastResult,
}: {
  image: Image;
  place: number;
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useMewayzForm(imageAltSchema, {
    id: `alt-${image.id}`,
    lastResult,
    defaultValue: { alt: image.alt },
  });
  return (
    <MewayzForm form={form} intent="updateImage" className="flex items-end gap-2">
      <input type="hidden" name="imageId" value={image.id} />
      <FormField
        meta={fields.alt}
        label={`Alt text of image ${place}`}
        placeholder="What the photo shows"
        maxLength={300}
        className="min-w-0 flex-1"
      />
      <Button type="submit" size="sm" variant="secondary" intent="updateImage" className="mb-0.5">
        Save<span className="sr-only"> alt text of image {place}</span>
      </Button>
    </MewayzForm>
  );
}

function UploadForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useMewayzForm(imageUploadSchema, { id: 'add-images', lastResult });
  return (
    <MewayzForm form={form} intent="addImages" encType="multipart/form-data" className="space-y-3">
      <FormField
        meta={fields.images as never}
        label="Add images"
        type="file"
        multiple
        accept="image/png,image/jpeg,image/webp,image/gif"
        hint="PNG, JPEG, WebP or GIF, up to 5 MB each. Choose several at once if you like."
      />
      <Button type="submit" variant="secondary" intent="addImages">
        Upload images
      </Button>
    </MewayzForm>
  );
}

/** A product's images: alt texts, order (the first is the main image), removal and upload. */
export function ProductImages({
  images,
  canManage,
  result,
  max,
}: {
  images: Image[];
  canManage: boolean;
  result?: CatalogResult;
  max: number;
}) {
  return (
    <Card id="images" title="Images" description={`The first one is the main image. Up to ${max}.`}>
      <div className="space-y-5">
        {images.length === 0 ? (
          <p className="text-sm text-slate-600">No images yet.</p>
        ) : (
          <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Images in order">
            {images.map((img, i) => (
              <li
                key={img.id}
                className="min-w-0 rounded-lg p-3 ring-1 ring-slate-200"
                data-testid="product-image"
              >
                {/* A row on phones (a small picture beside its controls), a tile from sm up. */}
                <div className="flex gap-3 sm:block">
                  <div className="size-24 shrink-0 overflow-hidden rounded-md bg-slate-100 sm:aspect-square sm:size-auto">
                    {img.src ? (
                      <img src={img.src} alt={img.alt} className="size-full object-cover" loading="lazy" />
                    ) : (
                      <span className="grid size-full place-items-center text-center text-xs text-slate-600">
                        Stored elsewhere
                      </span>
                    )}
                  </div>
                  <div className="flex min-w-0 flex-1 flex-col justify-between gap-2 sm:mt-2">
                    <p className="text-xs font-medium text-slate-600">
                      {i === 0 ? 'Main image' : `Image ${i + 1}`}
                    </p>
                    {canManage ? (
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <MoveButtons
                          intent="moveImage"
                          idField="imageId"
                          id={img.id}
                          name={`image ${i + 1}`}
                          index={i}
                          count={images.length}
                        />
                        <ActionForm intent="removeImage">
                          <input type="hidden" name="imageId" value={img.id} />
                          <Button type="submit" size="sm" variant="danger" intent="removeImage">
                            Remove<span className="sr-only"> image {i + 1}</span>
                          </Button>
                        </ActionForm>
                      </div>
                    ) : img.alt ? (
                      <p className="text-sm text-slate-700">{img.alt}</p>
                    ) : null}
                  </div>
                </div>
                {canManage ? (
                  <div className="mt-3">
                    <AltForm
                      key={`${img.id}:${img.alt}`}
                      image={img}
                      place={i + 1}
                      lastResult={replyFor(result, 'updateImage', img.id)}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {canManage && images.length < max ? (
          <UploadForm lastResult={replyFor(result, 'addImages', 'new')} />
        ) : null}
      </div>
    </Card>
  );
}
