import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { INVITATION_CREATED, type LocalizedText, localizedName } from '@bluecarbon/identity';
import type { OutboxService } from '@bluecarbon/platform';

// Identity exports no way to create an organisation or an invitation inside another module's
// transaction (its services open their own and require admin rights for organisations).
// Accepting an application must be all-or-nothing, so these two writes are made here on
// identity's tables, in identity's formats, and announced with identity's own outbox event
// (its mailer sends the invitation). Replace with identity's service once it offers
// `…(manager, …)` variants; this file is the only place that knows identity's schema.

export interface ProvisionedOrganisation {
  organisationId: string;
  created: boolean;
}

/** The partner's organisation, linked to its Jurisdiction record; reused if one has its code. */
export async function provisionPartnerOrganisation(
  manager: EntityManager,
  partner: { jurisdictionId: string; code: string; name: LocalizedText },
): Promise<ProvisionedOrganisation> {
  const [existing] = rowsOf<{ id: string }>(
    await manager.query(
      `UPDATE organisation SET jurisdiction_id = $2, updated_at = now(), version = version + 1
        WHERE jurisdiction_code = $1 AND kind = 'jurisdiction' RETURNING id`,
      [partner.code, partner.jurisdictionId],
    ),
  );
  if (existing) return { organisationId: existing.id, created: false };
  const [created]: { id: string }[] = await manager.query(
    `INSERT INTO organisation (kind, name, jurisdiction_code, jurisdiction_id) VALUES ('jurisdiction', $1, $2, $3) RETURNING id`,
    [JSON.stringify(partner.name), partner.code, partner.jurisdictionId],
  );
  return { organisationId: created.id, created: true };
}

export interface CoordinatorInvitation {
  organisationId: string;
  organisationName: LocalizedText;
  email: string;
  locale: string;
  invitedBy: string;
  ttlDays: number;
}

/** Invites the applicant's contact as the partner's coordinator (mail via identity's outbox handler). */
export async function inviteCoordinator(manager: EntityManager, outbox: OutboxService, input: CoordinatorInvitation): Promise<{ invitationId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = createHash('sha256').update(token, 'utf8').digest('hex');
  const expiresAt = new Date(Date.now() + input.ttlDays * 86_400_000);
  const [invitation]: { id: string }[] = await manager.query(
    `INSERT INTO invitation (organisation_id, email, role, locales, locale, token_hash, invited_by, expires_at)
     VALUES ($1, $2, 'coordinator', '{}', $3, $4, $5, $6) RETURNING id`,
    [input.organisationId, input.email, input.locale, tokenHash, input.invitedBy, expiresAt],
  );
  const [inviter]: { display_name: string }[] = await manager.query(`SELECT display_name FROM app_user WHERE id = $1`, [input.invitedBy]);
  await outbox.enqueue(manager, INVITATION_CREATED, {
    invitationId: invitation.id,
    email: input.email,
    locale: input.locale,
    role: 'coordinator',
    organisationName: localizedName(input.organisationName, input.locale),
    inviterName: inviter?.display_name ?? '',
    expiresAt: expiresAt.toISOString(),
    token,
  });
  return { invitationId: invitation.id, expiresAt };
}

/** UPDATE … RETURNING comes back as [rows, count] from node-postgres, as bare rows from PGlite. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
