import type { EntityManager } from 'typeorm';
import { DEMO_BUYER_NAME, DEMO_ORGANISATIONS } from './demo-data';

// What other modules' demo seeds need from identity's tables, so that they never query them.

/** The id of a demo user, by email; null if identity's demo was not loaded. */
export async function demoUserId(manager: EntityManager, email: string): Promise<string | null> {
  const [user]: { id: string }[] = await manager.query(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [email]);
  return user?.id ?? null;
}

/** The steward organisation demo methodologies belong to: the demo Shenzhen centre when it exists, else the oldest steward. */
export async function demoStewardId(manager: EntityManager): Promise<string | null> {
  const demoName = DEMO_ORGANISATIONS.find((organisation) => organisation.kind === 'steward')?.name.en ?? '';
  const [steward]: { id: string }[] = await manager.query(
    `SELECT id FROM organisation WHERE kind = 'steward' ORDER BY (name->>'en' = $1) DESC, created_at LIMIT 1`,
    [demoName],
  );
  return steward?.id ?? null;
}

/** A demo city's organisation and its Jurisdiction record's id; null if identity's demo was not loaded. */
export async function demoCityOrganisation(manager: EntityManager, jurisdictionCode: string): Promise<{ id: string; jurisdictionId: string | null } | null> {
  const [organisation]: { id: string; jurisdiction_id: string | null }[] = await manager.query(
    `SELECT id, jurisdiction_id FROM organisation WHERE jurisdiction_code = $1 LIMIT 1`,
    [jurisdictionCode],
  );
  return organisation ? { id: organisation.id, jurisdictionId: organisation.jurisdiction_id } : null;
}

/**
 * Links a demo city's organisation to its Jurisdiction record (unless it is linked already)
 * and answers the organisation's id; null if there is none with the code.
 */
export async function linkDemoCity(manager: EntityManager, jurisdictionCode: string, jurisdictionId: string): Promise<string | null> {
  await manager.query(`UPDATE organisation SET jurisdiction_id = $2 WHERE jurisdiction_code = $1 AND jurisdiction_id IS NULL`, [
    jurisdictionCode,
    jurisdictionId,
  ]);
  const [organisation]: { id: string }[] = await manager.query(`SELECT id FROM organisation WHERE jurisdiction_code = $1`, [jurisdictionCode]);
  return organisation?.id ?? null;
}

/** The demo's bidding buyer organisation; null if identity's demo was not loaded. */
export async function demoBuyerOrganisationId(manager: EntityManager): Promise<string | null> {
  const [organisation]: { id: string }[] = await manager.query(`SELECT id FROM organisation WHERE kind = 'buyer' AND name->>'en' = $1 LIMIT 1`, [
    DEMO_BUYER_NAME.en,
  ]);
  return organisation?.id ?? null;
}
