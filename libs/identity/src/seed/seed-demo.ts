import type { DataSource } from 'typeorm';
import { passwordProblem } from '../passwords/password-policy';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data';
import { firstRow } from '@bluecarbon/platform';

export interface SeedResult {
  organisations: number;
  users: number;
}

/**
 * Creates the demo organisations and users that are missing (by jurisdiction code or name,
 * and by email), so it can run again safely. `passwordHash` is computed once by the caller:
 * every demo user shares the demo password. Never call it in production.
 */
export async function seedDemoData(dataSource: DataSource, password: string, hash: (password: string) => Promise<string>): Promise<SeedResult> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(`DEMO_PASSWORD is refused by the password policy (${problem})`);
  const passwordHash = await hash(password);
  return dataSource.transaction(async (manager) => {
    const ids = new Map<string, string>();
    let organisations = 0;
    for (const organisation of DEMO_ORGANISATIONS) {
      const [found]: { id: string }[] = organisation.jurisdictionCode
        ? await manager.query(`SELECT id FROM organisation WHERE jurisdiction_code = $1`, [organisation.jurisdictionCode])
        : await manager.query(`SELECT id FROM organisation WHERE kind = $1 AND name->>'en' = $2`, [organisation.kind, organisation.name.en]);
      if (found) {
        ids.set(organisation.key, found.id);
        continue;
      }
      const created: { id: string } = firstRow(
        await manager.query(`INSERT INTO organisation (kind, name, jurisdiction_code) VALUES ($1, $2, $3) RETURNING id`, [
          organisation.kind,
          JSON.stringify(organisation.name),
          organisation.jurisdictionCode ?? null,
        ]),
      );
      ids.set(organisation.key, created.id);
      organisations += 1;
    }
    let users = 0;
    for (const user of DEMO_USERS) {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO app_user (email, display_name, password_hash, preferred_locale) VALUES ($1, $2, $3, $4)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
        [user.email, user.displayName, passwordHash, user.preferredLocale],
      );
      const { id }: { id: string } = firstRow(
        inserted.length ? inserted : await manager.query(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [user.email]),
      );
      users += inserted.length;
      await manager.query(
        `INSERT INTO membership (user_id, organisation_id, role, locales) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, organisation_id, role) DO NOTHING`,
        [id, ids.get(user.organisation), user.role, user.locales ?? []],
      );
    }
    return { organisations, users };
  });
}
