import { create } from 'qrcode';

/** A QR code as one SVG path: a square per dark module, in module units, inside a quiet zone. */
export interface QrDrawing {
  /** Width and height in modules, quiet zone included. */
  size: number;
  path: string;
}

const QUIET_ZONE = 4; // modules of white around the code, as ISO/IEC 18004 asks for scanners

/**
 * Draws the code as React SVG, not as the library's image or markup: nothing is injected as
 * HTML and no data: image is needed, which the portal's CSP would have to allow.
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) squares.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: squares.join('') };
}

/** A base32 secret in groups of four, easier to type into an authenticator app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
