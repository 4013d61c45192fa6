import { PASSWORD_MAX_LENGTH, passwordProblem } from './password-policy';
import COMMON from './common-passwords.json';

describe('password policy', () => {
  it('refuses fewer than 12 characters, counting code points', () => {
    expect(passwordProblem('Mangrove-23')).toBe('passwordTooShort');
    expect(passwordProblem('红树林蓝碳红树林蓝碳红树')).toBeNull(); // 12 characters, 36 bytes
    expect(passwordProblem('红树林蓝碳红树林蓝碳红')).toBe('passwordTooShort');
  });

  it('accepts long passwords up to the limit and refuses beyond it', () => {
    expect(passwordProblem('x'.repeat(11) + 'y'.repeat(117))).toBeNull(); // 128
    expect(passwordProblem('long passphrase '.repeat(16))).toBeNull(); // 256
    expect(passwordProblem('z'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe('passwordTooLong');
  });

  it('refuses common passwords whatever their case', () => {
    expect(passwordProblem('password1234')).toBe('passwordCommon');
    expect(passwordProblem('Qwertyuiop123')).toBe('passwordCommon');
    expect(passwordProblem('Michael1987XX')).toBeNull();
  });

  it('ships a list of a few thousand entries, all long enough to matter', () => {
    expect(COMMON.length).toBeGreaterThan(3000);
    expect(COMMON.every((entry: string) => [...entry].length >= 12 && entry === entry.toLowerCase())).toBe(true);
  });

  it('lets the default demo password through', () => {
    expect(passwordProblem('BlueCarbon-Demo-2024!')).toBeNull();
  });
});
