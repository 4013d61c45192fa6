import { randomBytes, randomUUID } from 'node:crypto';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const key = randomBytes(32);
  const userId = randomUUID();

  it('names the user and kind they were made for', () => {
    expect(readUnsubscribeToken(key, unsubscribeToken(key, userId, 'step_overdue'))).toEqual({ userId, kind: 'step_overdue' });
  });

  it('cannot be forged: another user, another kind, another key, or an altered signature is refused', () => {
    const token = unsubscribeToken(key, userId, 'step_overdue');
    const [, , signature = ''] = token.split('.');
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A');
    for (const forged of [
      `${randomUUID()}.step_overdue.${signature}`,
      `${userId}.step_approved.${signature}`,
      `${userId}.step_overdue.${flipped}`,
      `${userId}.step_overdue.`,
      `${userId}.step_overdue.${signature}.extra`,
      unsubscribeToken(randomBytes(32), userId, 'step_overdue'),
      'not-a-token',
    ]) {
      expect(readUnsubscribeToken(key, forged)).toBeNull();
    }
  });
});
