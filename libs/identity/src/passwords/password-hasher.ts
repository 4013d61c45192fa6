import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';
import { identityProblem } from '../identity-problems';

// OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane): ~26 ms here, measured.
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  /**
   * Verifies against the stored hash, or against a dummy hash when there is none (unknown
   * email, invited user without a password), so both answers take the same time.
   */
  async verify(storedHash: string | null | undefined, password: string): Promise<boolean> {
    const hash = storedHash ?? (await (this.dummyHash ??= this.hash('dummy password, never matches anything')));
    try {
      const matches = await argon2.verify(hash, password);
      return matches && storedHash != null;
    } catch {
      return false; // a corrupt stored hash must not become a 500 or a way in
    }
  }

  /** Throws 400 naming the rule a new password breaks. */
  assertAcceptable(password: string, field = 'password'): void {
    const problem = passwordProblem(password);
    if (!problem) return;
    throw identityProblem('password_rejected', {
      fieldErrors: [{ field, rule: problem, args: [problem === 'passwordTooLong' ? PASSWORD_MAX_LENGTH : PASSWORD_MIN_LENGTH] }],
    });
  }
}
