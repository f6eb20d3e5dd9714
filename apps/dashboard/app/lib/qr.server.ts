import { renderSVG } from 'uqr';

/** A QR code as a standalone SVG document (server-side; no client JS). */
export function qrSvg(text: string, pixelSize = 8): string {
  return renderSVG(text, { pixelSize, border: 2, ecc: 'M' });
}
