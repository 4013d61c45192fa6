import COMMON_PASSWORDS from './common-passwords.json';

// NIST SP 800-63B: a length floor, a generous ceiling (no truncation up to it), no
// composition rules, and a blocklist of passwords known from breaches.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const COMMON: ReadonlySet<string> = new Set(COMMON_PASSWORDS as string[]);

export type PasswordProblem = 'passwordTooShort' | 'passwordTooLong' | 'passwordCommon';

/** Why a new password is refused, or null if it is acceptable. Lengths count code points. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'passwordTooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'passwordTooLong';
  if (COMMON.has(password.toLowerCase())) return 'passwordCommon';
  return null;
}

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
