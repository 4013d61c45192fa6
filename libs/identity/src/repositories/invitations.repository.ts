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

/** An invitation as its accept spends it (or a resend renews it). */
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
    const rows = returnedRows<SpentInvitationRow>(
      await manager.query(
        `UPDATE invitation SET accepted_at = now()
          WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now()
        RETURNING id, organisation_id, email, role, locales, locale`,
        [tokenHash],
      ),
    );
    return rows[0] ?? null;
  }

  /** Whether the token was ever issued, and if so whether it was used or has expired. */
  async stateOf(manager: EntityManager, tokenHash: string): Promise<InvitationStateRow | null> {
    const [row]: InvitationStateRow[] = await manager.query(`SELECT accepted_at, expires_at <= now() AS expired FROM invitation WHERE token_hash = $1`, [
      tokenHash,
    ]);
    return row ?? null;
  }

  /** A new token and expiry for an invitation not yet accepted (expired or not); its row, or null. */
  async renew(manager: EntityManager, organisationId: string, invitationId: string, tokenHash: string, expiresAt: Date): Promise<SpentInvitationRow | null> {
    const rows = returnedRows<SpentInvitationRow>(
      await manager.query(
        `UPDATE invitation SET token_hash = $3, expires_at = $4
          WHERE id = $1 AND organisation_id = $2 AND accepted_at IS NULL
        RETURNING id, organisation_id, email, role, locales, locale`,
        [invitationId, organisationId, tokenHash, expiresAt],
      ),
    );
    return rows[0] ?? null;
  }

  /** Whether the organisation's invitation was accepted; null when it has no such invitation. */
  async isAccepted(manager: EntityManager, organisationId: string, invitationId: string): Promise<boolean | null> {
    const [row]: { accepted: boolean }[] = await manager.query(
      `SELECT accepted_at IS NOT NULL AS accepted FROM invitation WHERE id = $1 AND organisation_id = $2`,
      [invitationId, organisationId],
    );
    return row ? row.accepted : null;
  }

  async setAcceptedUser(manager: EntityManager, invitationId: string, userId: string): Promise<void> {
    await manager.query(`UPDATE invitation SET accepted_user_id = $2 WHERE id = $1`, [invitationId, userId]);
  }
}
