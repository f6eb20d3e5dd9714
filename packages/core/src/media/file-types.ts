/**
 * What a file is, read from its first bytes: never from its name or the browser's claim, which a
 * creator's browser (or anyone holding their session) can set to anything.
 */
export interface SniffedType {
  ext: string;
  type: string;
}

const at = (bytes: Uint8Array, i: number) => bytes[i] ?? -1;
const ascii = (bytes: Uint8Array, from: number, text: string) =>
  [...text].every((ch, i) => at(bytes, from + i) === ch.charCodeAt(0));

export function sniffImage(bytes: Uint8Array): SniffedType | null {
  if (ascii(bytes, 0, '\x89PNG')) return { ext: 'png', type: 'image/png' };
  if (at(bytes, 0) === 0xff && at(bytes, 1) === 0xd8 && at(bytes, 2) === 0xff)
    return { ext: 'jpg', type: 'image/jpeg' };
  if (ascii(bytes, 0, 'GIF8')) return { ext: 'gif', type: 'image/gif' };
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return { ext: 'webp', type: 'image/webp' };
  return null;
}

/**
 * Videos a browser's `<video>` plays: MP4 (ISO media, `ftyp` box first; QuickTime's `qt  ` brand is
 * MOV, which Safari plays) and WebM (an EBML header).
 */
export function sniffVideo(bytes: Uint8Array): SniffedType | null {
  if (ascii(bytes, 4, 'ftyp')) {
    if (ascii(bytes, 8, 'qt  ')) return { ext: 'mov', type: 'video/quicktime' };
    // HEIF/AVIF images are ISO media too, but not videos.
    if (['heic', 'heix', 'mif1', 'avif', 'msf1'].some((b) => ascii(bytes, 8, b))) return null;
    return { ext: 'mp4', type: 'video/mp4' };
  }
  if (at(bytes, 0) === 0x1a && at(bytes, 1) === 0x45 && at(bytes, 2) === 0xdf && at(bytes, 3) === 0xa3)
    return { ext: 'webm', type: 'video/webm' };
  return null;
}

/** Office and e-book formats are zip archives; their extension says which, once the bytes say zip. */
const zipFormats: Record<string, string> = {
  zip: 'application/zip',
  epub: 'application/epub+zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const textFormats: Record<string, string> = { txt: 'text/plain', csv: 'text/csv', md: 'text/markdown' };

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    // A multi-byte character cut at the 4 KiB edge is still text.
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
      head.subarray(0, Math.max(0, head.length - 3)),
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * What a lesson may offer for download: PDF, zip-based archives and documents, images, MP3, videos,
 * and UTF-8 text (txt, csv, md). The bytes decide the family; the name only picks among formats that
 * share one (a .docx is a zip). Executables, HTML and SVG are none of these, so nothing a browser would
 * run is stored.
 */
export function sniffAttachment(bytes: Uint8Array, fileName: string): SniffedType | null {
  const ext = extensionOf(fileName);
  if (ascii(bytes, 0, '%PDF-')) return { ext: 'pdf', type: 'application/pdf' };
  if (ascii(bytes, 0, 'PK\x03\x04') || ascii(bytes, 0, 'PK\x05\x06'))
    return zipFormats[ext] ? { ext, type: zipFormats[ext] } : { ext: 'zip', type: 'application/zip' };
  const image = sniffImage(bytes);
  if (image) return image;
  if (ascii(bytes, 0, 'ID3') || (at(bytes, 0) === 0xff && (at(bytes, 1) & 0xe0) === 0xe0))
    return { ext: 'mp3', type: 'audio/mpeg' };
  const video = sniffVideo(bytes);
  if (video) return video;
  if (textFormats[ext] && looksLikeText(bytes)) return { ext, type: `${textFormats[ext]}; charset=utf-8` };
  return null;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** `Film Looks (v2)!.ZIP` → `Film-Looks-v2.zip`: letters, digits, dots, dashes and underscores. */
export function safeFileName(name: string, fallback = 'download'): string {
  const ext = extensionOf(name).replace(/[^a-z0-9]/g, '');
  const base = (ext ? name.slice(0, name.lastIndexOf('.')) : name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return `${base || fallback}${ext ? `.${ext.slice(0, 10)}` : ''}`;
}
