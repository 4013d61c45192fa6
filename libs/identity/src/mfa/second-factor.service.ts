import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sha256 } from '../secrets';
import { SecretBox } from './secret-box';
import { matchTotp, newRecoveryCodes, normaliseRecoveryCode } from './totp';
import { SecondFactorsRepository } from '../repositories/second-factors.repository';

export interface SecondFactorInput {
  totpCode?: string;
  recoveryCode?: string;
}

/** Checks and consumes second factors. Everything runs in the caller's transaction. */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly box: SecretBox,
    private readonly factors: SecondFactorsRepository,
  ) {}

  /**
   * True if the code is valid and was not used before. A TOTP code's time step is recorded
   * in the same statement that checks it is newer than the last one, so a code seen by an
   * eavesdropper cannot be replayed, not even by two requests at once.
   */
  async verify(manager: EntityManager, userId: string, input: SecondFactorInput): Promise<'totp' | 'recovery' | null> {
    if (input.totpCode) {
      const sealed = await this.factors.totpSecret(manager, userId);
      const secret = sealed ? this.box.open(sealed) : null;
      const step = secret ? matchTotp(input.totpCode, secret) : null;
      if (step !== null && (await this.factors.claimStep(manager, userId, step))) return 'totp';
      return null;
    }
    if (input.recoveryCode) {
      const spent = await this.factors.spendRecoveryCode(manager, userId, sha256(normaliseRecoveryCode(input.recoveryCode)));
      return spent ? 'recovery' : null;
    }
    return null;
  }

  /** Replaces the user's recovery codes; the plain codes are returned once and never stored. */
  async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.factors.replaceRecoveryCodes(
      manager,
      userId,
      codes.map((code) => sha256(normaliseRecoveryCode(code))),
    );
    return codes;
  }
}
