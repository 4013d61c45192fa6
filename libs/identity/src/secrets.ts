import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe: refresh tokens, invitation tokens. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Opaque tokens and recovery codes are high-entropy, so a fast hash is enough to make a
 * stolen table useless (a slow password hash would only cost time on every request).
 */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
