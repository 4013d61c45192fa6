import { retryDelaySeconds } from './outbox.service';

describe('outbox retry backoff', () => {
  it('doubles per attempt and stops growing at one hour', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([2, 4, 8, 16]);
    expect(retryDelaySeconds(12)).toBe(3600);
    expect(retryDelaySeconds(40)).toBe(3600);
  });
});
