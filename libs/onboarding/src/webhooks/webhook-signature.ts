import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-bluecarbon-signature';
export const EVENT_ID_HEADER = 'x-bluecarbon-event-id';
export const EVENT_TYPE_HEADER = 'x-bluecarbon-event-type';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the timestamp is signed with the
 * body so a receiver can refuse replays of an old delivery.
 */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/** For receivers (and our tests): checks the signature and that it is at most `toleranceSeconds` old. */
export function verifySignature(secret: string, body: string, header: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** Which partners' events a subscription may receive: its own city's, or all for the steward's side. */
export function subscriptionReceives(
  subscription: { jurisdictionCode: string | null; eventTypes: string[] },
  event: { type: string; jurisdictionCode: string | null },
): boolean {
  if (subscription.eventTypes.length > 0 && !subscription.eventTypes.includes(event.type)) return false;
  return subscription.jurisdictionCode === null || subscription.jurisdictionCode === event.jurisdictionCode;
}
