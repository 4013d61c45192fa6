import { SecretBox } from './secret-box';

describe('secret box for TOTP secrets', () => {
  const box = new SecretBox(new TextEncoder().encode('a key for the tests, long enough'));

  it('opens what it sealed, and never stores the plain text', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed); // a fresh IV each time
  });

  it('refuses a tampered value and another key', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    const parts = sealed.split('.');
    // Flip the first character: the last one of base64url may only carry padding bits.
    const last = parts[3] ?? '';
    const tampered = [...parts.slice(0, 3), (last.startsWith('A') ? 'B' : 'A') + last.slice(1)].join('.');
    expect(box.open(tampered)).toBeNull();
    expect(new SecretBox(new TextEncoder().encode('another key, also long enough!!')).open(sealed)).toBeNull();
    expect(box.open('JBSWY3DPEHPK3PXP')).toBeNull();
  });

  it('keeps purposes apart: a webhook secret box cannot open a TOTP secret', () => {
    const key = new TextEncoder().encode('a key for the tests, long enough');
    const webhooks = new SecretBox(key, 'webhook-secret-v1');
    expect(webhooks.open(box.seal('JBSWY3DPEHPK3PXP'))).toBeNull();
    expect(webhooks.open(webhooks.seal('whsec_x'))).toBe('whsec_x');
  });
});
