import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role } from '../access/access-policy';
import { UserTimeZones } from './user-time-zones';

/** Whom another lib may write to: an active account, its address and language. */
export interface Person {
  id: string;
  email: string;
  displayName: string;
  preferredLocale: string;
}

const PERSON = `u.id, u.email, u.display_name AS "displayName", u.preferred_locale AS "preferredLocale"`;

/**
 * Finds people by what they do, for libs that tell them about it (notifications); they never
 * read identity's tables themselves. Disabled accounts are never returned.
 */
@Injectable()
export class PeopleDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeZones: UserTimeZones,
  ) {}

  async byId(userId: string): Promise<Person | null> {
    const [person]: Person[] = await this.dataSource.query(`SELECT ${PERSON} FROM app_user u WHERE u.id = $1 AND u.status = 'active'`, [userId]);
    return person ?? null;
  }

  /** The zone the person's day runs in (see UserTimeZones), for what is sent at a local hour. */
  async timeZoneOf(userId: string): Promise<string> {
    const rows: { chosen: string | null; jurisdictionId: string | null }[] = await this.dataSource.query(
      `SELECT u.time_zone AS chosen,
              (SELECT o.jurisdiction_id FROM membership m JOIN organisation o ON o.id = m.organisation_id
                WHERE m.user_id = u.id AND o.jurisdiction_id IS NOT NULL ORDER BY m.created_at LIMIT 1) AS "jurisdictionId"
         FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    return this.timeZones.resolve(rows[0]?.chosen ?? null, rows[0]?.jurisdictionId ?? null);
  }

  /** Members holding one of `roles` in the organisation of a city (by its Jurisdiction record). */
  ofCity(jurisdictionId: string, roles: readonly Role[]): Promise<Person[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ${PERSON}
         FROM app_user u JOIN membership m ON m.user_id = u.id JOIN organisation o ON o.id = m.organisation_id
        WHERE o.jurisdiction_id = $1 AND m.role = ANY($2::text[]) AND u.status = 'active'
        ORDER BY u.id`,
      [jurisdictionId, roles],
    );
  }

  /** Holders of one of `roles` anywhere; with `locales`, only those who work in one of them. */
  withRole(roles: readonly Role[], locales?: readonly string[]): Promise<Person[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ${PERSON}
         FROM app_user u JOIN membership m ON m.user_id = u.id
        WHERE m.role = ANY($1::text[]) AND u.status = 'active' AND ($2::text[] IS NULL OR m.locales && $2::text[])
        ORDER BY u.id`,
      [roles, locales ?? null],
    );
  }
}
