import { etagOf, versionFromIfMatch } from './optimistic-concurrency';
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
    expect(versionFromIfMatch(etagOf(7), 'document')).toBe(7);
    expect(versionFromIfMatch('W/"12"', 'document')).toBe(12);
  });

  it('requires the header (428) and refuses foreign ETags (412)', () => {
    expect(statusOf(() => versionFromIfMatch(undefined, 'document'))).toBe(428);
    expect(statusOf(() => versionFromIfMatch('*', 'document'))).toBe(412);
    expect(statusOf(() => versionFromIfMatch('"abc"', 'document'))).toBe(412);
  });
});
