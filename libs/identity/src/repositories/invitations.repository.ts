import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { insertedId, returnedRows } from '@bluecarbon/platform';
import type { Role } from '../access/access-policy';
import { Invitation } from '../entities/invitation.entity';

export interface NewInvitation {
  organisationId: string;
  email: string;
  role: Role;
  locales: string[];
  locale: string;
  tokenHash: string;
  invitedBy: string | null;
  expiresAt: Date;
}

/** An invitation as its accept spends it. */
export interface SpentInvitationRow {
  id: string;
  organisation_id: string;
  email: string;
  role: Role;
  locales: string[];
  locale: string;
}

export interface InvitationStateRow {
  accepted_at: Date | null;
  expired: boolean;
}

/** Invitations (`invitation`): only the token's hash is stored. Every method runs in the caller's transaction. */
@Injectable()
export class InvitationsRepository {
  async insert(manager: EntityManager, invitation: NewInvitation): Promise<string> {
    return insertedId(await manager.insert(Invitation, invitation));
  }

  /** Spends the token in one statement: of two parallel accepts only one gets the row. */
  async spend(manager: EntityManager, tokenHash: string): Promise<SpentInvitationRow | null> {
    const [row] = returnedRows<SpentInvitationRow>(
      await manager.query(
        `UPDATE invitation SET accepted_at = now()
          WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now()
        RETURNING id, organisation_id, email, role, locales, locale`,
        [tokenHash],
      ),
    );
    return row ?? null;
  }

  /** Whether the token was ever issued, and if so whether it was used or has expired. */
  async stateOf(manager: EntityManager, tokenHash: string): Promise<InvitationStateRow | null> {
    const [row]: InvitationStateRow[] = await manager.query(`SELECT accepted_at, expires_at <= now() AS expired FROM invitation WHERE token_hash = $1`, [
      tokenHash,
    ]);
    return row ?? null;
  }

  async setAcceptedUser(manager: EntityManager, invitationId: string, userId: string): Promise<void> {
    await manager.query(`UPDATE invitation SET accepted_user_id = $2 WHERE id = $1`, [invitationId, userId]);
  }
}
