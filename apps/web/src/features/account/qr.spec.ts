import { create } from 'qrcode';
import { groupedSecret, qrDrawing } from './qr';

const URI = 'otpauth://totp/Blue%20Carbon%20Portal:ana%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Blue%20Carbon%20Portal';

describe('the QR code of an authenticator key', () => {
  it('draws every dark module of the code once, inside a quiet zone of four modules', () => {
    const drawing = qrDrawing(URI);
    const { modules } = create(URI, { errorCorrectionLevel: 'M' });
    expect(drawing.size).toBe(modules.size + 8);
    const dark = [...modules.data].filter(Boolean).length;
    expect(drawing.path.match(/M/g)).toHaveLength(dark);
    // The top-left finder pattern starts at the quiet zone's edge.
    expect(drawing.path.startsWith('M4 4h1v1h-1z')).toBe(true);
  });

  it('groups the secret by four for typing', () => {
    expect(groupedSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupedSecret('ABCDEF')).toBe('ABCD EF');
  });
});
