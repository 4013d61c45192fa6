import { compareSemver, SEMVER_PATTERN } from './semver';

describe('semver', () => {
  it('orders numerically, part by part', () => {
    expect(['1.10.0', '1.2.10', '1.2.9', '0.9.0'].sort(compareSemver)).toEqual(['0.9.0', '1.2.9', '1.2.10', '1.10.0']);
  });

  it('accepts plain versions only', () => {
    expect(['1.0.0', '0.1.2'].every((text) => SEMVER_PATTERN.test(text))).toBe(true);
    expect(['1.0', '01.0.0', '1.0.0-rc.1', 'v1.0.0'].some((text) => SEMVER_PATTERN.test(text))).toBe(false);
  });
});
