import { randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';

// RFC 6238 with the authenticator-app defaults (SHA-1, 6 digits, 30 s). One step either side
// is accepted for clock drift; the step actually matched is returned so that it can be
// recorded and never accepted again.
const STEP_SECONDS = 30;
const ISSUER = 'Blue Carbon Portal';

export function newTotpSecret(): string {
  return authenticator.generateSecret(20); // 160 bits, as RFC 4226 recommends
}

export function otpauthUri(email: string, secret: string): string {
  return authenticator.keyuri(email, ISSUER, secret);
}

/** The time step the code belongs to, or null if it matches none within the window. */
export function matchTotp(code: string, secret: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = authenticator.clone({ window: 1, epoch: now }).checkDelta(code, secret);
  return delta === null ? null : Math.floor(now / 1000 / STEP_SECONDS) + delta;
}

/** For tests and demos: the code an authenticator app would show at `now`. */
export function totpCodeAt(secret: string, now = Date.now()): string {
  return authenticator.clone({ epoch: now }).generate(secret);
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i to misread

/** Ten single-use codes like `k7m2p-x9q4r` (50 bits each). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** How a recovery code is compared: case, spaces and hyphens do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}
