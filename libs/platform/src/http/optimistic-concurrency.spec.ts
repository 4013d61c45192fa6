import { expectedVersion, NEVER_MATCHES } from './if-match.decorator';
import { etagOf } from './optimistic-concurrency';
import { ProblemException } from './problem.exception';

function statusOf(action: () => unknown): number | undefined {
  try {
    action();
  } catch (error) {
    return (error as ProblemException).status;
  }
  return undefined;
}

describe('If-Match parsing', () => {
  it('reads back the ETag it issued, strong or weak', () => {
    expect(expectedVersion(etagOf(7))).toBe(7);
    expect(expectedVersion('W/"12"')).toBe(12);
  });

  it('requires the header (428) and lets foreign ETags match nothing (412 from the version check)', () => {
    expect(statusOf(() => expectedVersion(undefined))).toBe(428);
    expect(expectedVersion('*')).toBe(NEVER_MATCHES);
    expect(expectedVersion('"abc"')).toBe(NEVER_MATCHES);
  });
});
