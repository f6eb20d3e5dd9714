import { formatBytes } from '@mewayz/contracts';
import { z } from 'zod';

export { formatBytes };

/**
 * What a digital product's file may be: common creator formats, by extension, each stored with its
 * content type. Executables and scripts are not among them. The size keeps the upload inside one
 * Worker request and its memory.
 */
export const MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024;

export const downloadTypes: Record<string, string> = {
  zip: 'application/zip',
  pdf: 'application/pdf',
  epub: 'application/epub+zip',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  psd: 'image/vnd.adobe.photoshop',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ttf: 'font/ttf',
  otf: 'font/otf',
  woff2: 'font/woff2',
  xmp: 'application/rdf+xml',
  cube: 'text/plain',
};

export const downloadExtensions = Object.keys(downloadTypes);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const typesSentence = 'ZIP, PDF, EPUB, audio, video, images, fonts, documents';

/** The file field of a digital product's form: checked in the browser before it is sent, and again by the action. */
export const downloadFileSchema = z
  .file()
  .max(MAX_DOWNLOAD_BYTES, { error: `Use a file of at most ${formatBytes(MAX_DOWNLOAD_BYTES)}` })
  // zod types the file without its name when the globals come from workers-types.
  .refine((f) => Object.hasOwn(downloadTypes, extensionOf((f as unknown as File).name)), {
    error: `Use a common file type (${typesSentence})`,
  });
