import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * An unsubscribe link's token: the user and the kind, signed with HMAC-SHA256. It works
 * without signing in and never expires (an old mail's link must still work), and it can do
 * one thing only: set that kind to "never" for that user. Changing the key voids every link.
 */
export function unsubscribeToken(key: Uint8Array, userId: string, kind: NotificationKind): string {
  return `${userId}.${kind}.${signature(key, userId, kind)}`;
}

/** The user and kind a token names, or null when it is not one we signed. */
export function readUnsubscribeToken(key: Uint8Array, token: string): { userId: string; kind: NotificationKind } | null {
  const [userId = '', kind = '', given = '', ...rest] = token.split('.');
  if (rest.length || !UUID.test(userId) || !(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return null;
  const expected = Buffer.from(signature(key, userId, kind));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, kind: kind as NotificationKind };
}

function signature(key: Uint8Array, userId: string, kind: string): string {
  // The purpose is part of what is signed: no other token made with the same key passes here.
  return createHmac('sha256', key).update(`notifications.unsubscribe:${userId}:${kind}`).digest('base64url');
}
