import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { firstRow, type LocalizedText } from '@bluecarbon/platform';
import type { Jurisdiction } from '../entities/jurisdiction.entity';

/** An application as the steward's view reads it, with its jurisdiction's stage now. */
export interface ApplicationRow {
  id: string;
  jurisdiction_id: string | null;
  code: string;
  jurisdiction_status: string | null;
  organisation_name: LocalizedText;
  contact_name: string;
  contact_email: string;
  mangrove_area_ha: string | null;
  motivation: string;
  preferred_locale: string;
  status: string;
  decision_reason: string | null;
  organisation_id: string | null;
  case_id: string | null;
  created_at: Date | string;
}

/** What the public form sent, as stored. */
export interface NewApplication {
  jurisdictionCode: string;
  jurisdictionName: LocalizedText;
  level: string;
  timeZone: string;
  organisationName: LocalizedText;
  contactName: string;
  contactEmail: string;
  mangroveAreaHa: string | null;
  motivation: string;
  preferredLanguage: string;
}

/** The jurisdiction an application proposes, created only when the steward accepts. */
export interface ProposedJurisdictionRow {
  jurisdiction_name: Jurisdiction['name'];
  jurisdiction_level: Jurisdiction['level'];
  time_zone: string;
  preferred_locale: string;
}

/** Who may see which applications, and where the page starts. */
export interface ApplicationFilter {
  seesAll: boolean;
  jurisdictionCodes: string[];
  status: string | null;
  after: { sortKey: string; id: string } | null;
  limit: number;
}

const SELECT_VIEW = `
  SELECT a.id, coalesce(a.jurisdiction_id, j.id) AS jurisdiction_id, a.jurisdiction_code AS code, j.status AS jurisdiction_status, a.organisation_name, a.contact_name, a.contact_email, a.mangrove_area_ha::text AS mangrove_area_ha,
         a.motivation, a.preferred_locale, a.status, a.decision_reason, a.organisation_id, a.case_id, a.created_at
    FROM onboarding_application a LEFT JOIN jurisdiction j ON j.code = a.jurisdiction_code`;

/** Named queries over `onboarding_application`. */
@Injectable()
export class ApplicationsRepository {
  async insert(manager: EntityManager, input: NewApplication): Promise<{ id: string; created_at: Date; mangrove_area_ha: string | null }> {
    return firstRow(
      await manager.query(
        `INSERT INTO onboarding_application (jurisdiction_code, jurisdiction_name, jurisdiction_level, time_zone, organisation_name, contact_name, contact_email,
                                           mangrove_area_ha, motivation, preferred_locale)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, created_at, mangrove_area_ha::text AS mangrove_area_ha`,
        [
          input.jurisdictionCode,
          JSON.stringify(input.jurisdictionName),
          input.level,
          input.timeZone,
          JSON.stringify(input.organisationName),
          input.contactName,
          input.contactEmail,
          input.mangroveAreaHa,
          input.motivation,
          input.preferredLanguage,
        ],
      ),
    );
  }

  /** Newest first, one row more than the page (so the page knows there is a next one). */
  list(manager: EntityManager, filter: ApplicationFilter): Promise<ApplicationRow[]> {
    return manager.query(
      `${SELECT_VIEW}
        WHERE ($1::boolean OR a.jurisdiction_code = ANY($2::text[])) AND ($3::text IS NULL OR a.status = $3)
          AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', a.created_at), a.id) < ($4::timestamptz, $5::uuid))
        ORDER BY date_trunc('milliseconds', a.created_at) DESC, a.id DESC LIMIT $6`,
      [filter.seesAll, filter.jurisdictionCodes, filter.status, filter.after?.sortKey ?? null, filter.after?.id ?? null, filter.limit + 1],
    );
  }

  async find(manager: EntityManager, id: string): Promise<ApplicationRow | undefined> {
    const [row]: ApplicationRow[] = await manager.query(`${SELECT_VIEW} WHERE a.id = $1`, [id]);
    return row;
  }

  /** Locks the application for a decision; its status, or undefined when there is none. */
  async lockStatus(manager: EntityManager, id: string): Promise<string | undefined> {
    const [locked]: { status: string }[] = await manager.query(`SELECT status FROM onboarding_application WHERE id = $1 FOR UPDATE`, [id]);
    return locked?.status;
  }

  async proposedJurisdiction(manager: EntityManager, id: string): Promise<ProposedJurisdictionRow> {
    return firstRow(
      await manager.query(`SELECT jurisdiction_name, jurisdiction_level, time_zone, preferred_locale FROM onboarding_application WHERE id = $1`, [id]),
    );
  }

  async markAccepted(
    manager: EntityManager,
    id: string,
    decision: { decidedBy: string; organisationId: string; caseId: string; jurisdictionId: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE onboarding_application SET status = 'accepted', decided_by = $2, decided_at = now(), organisation_id = $3, case_id = $4, jurisdiction_id = $5,
              version = version + 1 WHERE id = $1`,
      [id, decision.decidedBy, decision.organisationId, decision.caseId, decision.jurisdictionId],
    );
  }

  async markDeclined(manager: EntityManager, id: string, reason: string, decidedBy: string): Promise<void> {
    await manager.query(
      `UPDATE onboarding_application SET status = 'declined', decision_reason = $2, decided_by = $3, decided_at = now(), version = version + 1 WHERE id = $1`,
      [id, reason, decidedBy],
    );
  }
}
