/**
 * A video's length from its MP4 (ISO base media) structure: the movie header box (`moov`/`mvhd`)
 * holds a timescale (units per second) and the duration in those units. Top-level boxes are walked
 * by their sizes, so `moov` is found before or after `mdat` without reading the media data.
 */
export function mp4DurationSeconds(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const moov = findBox(view, 0, bytes.byteLength, 'moov');
  if (!moov) return null;
  const mvhd = findBox(view, moov.start, moov.end, 'mvhd');
  if (!mvhd || mvhd.end - mvhd.start < 20) return null;
  const version = view.getUint8(mvhd.start);
  let timescale: number;
  let duration: number;
  if (version === 1) {
    if (mvhd.end - mvhd.start < 32) return null;
    timescale = view.getUint32(mvhd.start + 20);
    duration = Number(view.getBigUint64(mvhd.start + 24));
  } else {
    timescale = view.getUint32(mvhd.start + 12);
    duration = view.getUint32(mvhd.start + 16);
  }
  // All ones: "unknown" (a fragmented file's mvhd); zero timescale: broken.
  if (!timescale || duration === 0xffffffff || !Number.isFinite(duration)) return null;
  return duration / timescale;
}

/**
 * The box whose header starts at `at` in `view`: its type, whole size and header length (8, or 16 with
 * a 64-bit size). `room` is how many bytes its container has left from `at` (a size of 0 means all of
 * them). Null when the header is cut off or the size does not fit.
 */
function boxAt(
  view: DataView,
  at: number,
  room: number,
): { type: string; size: number; header: number } | null {
  if (room < 8 || at + 8 > view.byteLength) return null;
  let size = view.getUint32(at);
  const type = String.fromCharCode(
    view.getUint8(at + 4),
    view.getUint8(at + 5),
    view.getUint8(at + 6),
    view.getUint8(at + 7),
  );
  let header = 8;
  if (size === 1) {
    if (room < 16 || at + 16 > view.byteLength) return null;
    size = Number(view.getBigUint64(at + 8));
    header = 16;
  } else if (size === 0) size = room;
  return size < header || size > room ? null : { type, size, header };
}

/** The payload (after the header) of the first box of `type` between `from` and `to`. */
function findBox(
  view: DataView,
  from: number,
  to: number,
  type: string,
): { start: number; end: number } | null {
  for (let at = from; at + 8 <= to; ) {
    const box = boxAt(view, at, to - at);
    if (!box) return null;
    if (box.type === type) return { start: at + box.header, end: at + box.size };
    at += box.size;
  }
  return null;
}

/** A `moov` larger than this is not worth reading for a length (a plain upload's is kilobytes). */
const maxMoovBytes = 8 * 1024 * 1024;

/**
 * `mp4DurationSeconds` of a stored file of `size` bytes, reading only box headers and the `moov`
 * box through `read(offset, length)`: a camera's file keeps `moov` after tens of megabytes of `mdat`,
 * which need not cross the network or sit in a Worker's memory to be skipped.
 */
export async function mp4DurationFromRanges(
  size: number,
  read: (offset: number, length: number) => Promise<Uint8Array | null>,
): Promise<number | null> {
  let at = 0;
  // Top-level boxes are few (ftyp, free, mdat, moov, maybe udta or uuid): a file with more is unusual.
  for (let boxes = 0; boxes < 64 && at + 8 <= size; boxes++) {
    const head = await read(at, 16);
    if (!head) return null;
    const box = boxAt(new DataView(head.buffer, head.byteOffset, head.byteLength), 0, size - at);
    if (!box) return null;
    if (box.type === 'moov') {
      if (box.size > maxMoovBytes) return null;
      const moov = await read(at, box.size);
      return moov && moov.length === box.size ? mp4DurationSeconds(moov) : null;
    }
    at += box.size;
  }
  return null;
}
