import type { DataSource, EntityManager } from 'typeorm';
import { demoUserId, linkDemoCity } from '@bluecarbon/identity';
import { addDays, localDate } from '../domain/local-dates';
import { SHENZHEN_PLAYBOOK, SHENZHEN_PLAYBOOK_KEY } from '../domain/shenzhen-playbook';
import { DEMO_CASES, DEMO_JURISDICTIONS, type DemoCase, type DemoJurisdiction } from './onboarding-demo-data';
import { firstRow } from '@bluecarbon/platform';

/**
 * Demo partners on top of identity's demo organisations and users: Enping and Taishan active
 * with cases completed in 2024, Niterói and Sergipe part-way (dated relative to today so
 * that due dates and overdue flags show), ICLEI observing all of them. Runs once: it does
 * nothing when Enping's jurisdiction exists. Never call it in production.
 */
export async function seedOnboardingDemo(dataSource: DataSource, now: Date = new Date()): Promise<{ jurisdictions: number; cases: number }> {
  return dataSource.transaction(async (manager) => {
    const [seeded] = await manager.query(`SELECT 1 FROM jurisdiction WHERE code = 'CN-GD-ENPING'`);
    if (seeded) return { jurisdictions: 0, cases: 0 };
    const ids = new Map<string, string>();
    const organisations = new Map<string, string | null>();
    for (const jurisdiction of DEMO_JURISDICTIONS) {
      const row: { id: string } = firstRow(
        await manager.query(
          `INSERT INTO jurisdiction (code, name, level, parent_id, country, primary_locale, time_zone, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [
            jurisdiction.code,
            JSON.stringify(jurisdiction.name),
            jurisdiction.level,
            jurisdiction.parent ? ids.get(jurisdiction.parent) : null,
            jurisdiction.country,
            jurisdiction.primaryLocale,
            jurisdiction.timeZone,
            jurisdiction.status,
          ],
        ),
      );
      ids.set(jurisdiction.code, row.id);
      // Identity's demo organisation for the city, linked by id as the accept flow does.
      organisations.set(jurisdiction.code, await linkDemoCity(manager, jurisdiction.code, row.id));
    }
    await manager.query(
      `INSERT INTO playbook (key, playbook_version, status, definition, published_at)
       VALUES ($1, 1, 'published', $2, '2024-01-01T00:00:00Z') ON CONFLICT (key, playbook_version) DO NOTHING`,
      [SHENZHEN_PLAYBOOK_KEY, JSON.stringify(SHENZHEN_PLAYBOOK)],
    );
    const playbook: { id: string } = firstRow(await manager.query(`SELECT id FROM playbook WHERE key = $1 AND playbook_version = 1`, [SHENZHEN_PLAYBOOK_KEY]));
    const stewardId = await demoUserId(manager, 'steward@shenzhen.demo');
    for (const demo of DEMO_CASES) {
      await seedCase(manager, demo, ids.get(demo.code) as string, organisations.get(demo.code) ?? null, playbook.id, stewardId, now);
    }
    return { jurisdictions: DEMO_JURISDICTIONS.length, cases: DEMO_CASES.length };
  });
}

async function seedCase(
  manager: EntityManager,
  demo: DemoCase,
  jurisdictionId: string,
  organisationId: string | null,
  playbookId: string,
  stewardId: string | null,
  now: Date,
): Promise<void> {
  const jurisdiction = DEMO_JURISDICTIONS.find((candidate) => candidate.code === demo.code) as DemoJurisdiction;
  const timeZone = jurisdiction.timeZone;
  const today = localDate(now, timeZone);
  const day = (value: string | number) => (typeof value === 'number' ? addDays(today, -value) : value);
  const at = (value: string | number) => new Date(`${day(value)}T02:00:00Z`);
  const completed = demo.completedOn ? at(demo.completedOn) : null;
  const created: { id: string } = firstRow(
    await manager.query(
      `INSERT INTO onboarding_case (jurisdiction_id, playbook_id, status, started_at, completed_at, last_activity_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $4) RETURNING id`,
      [jurisdictionId, playbookId, completed ? 'completed' : 'in_progress', at(demo.startedOn), completed, completed ?? at(1)],
    ),
  );
  await manager.query(
    `INSERT INTO onboarding_application (jurisdiction_id, organisation_name, contact_name, contact_email, mangrove_area_ha, motivation, preferred_locale,
                                         status, decided_by, decided_at, organisation_id, case_id, created_at,
                                         jurisdiction_code, jurisdiction_name, jurisdiction_level, time_zone)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'accepted', $8, $9, $10, $11, $9, $12, $13, $14, $15)`,
    [
      jurisdictionId,
      JSON.stringify(demo.organisationName),
      demo.contactName,
      demo.contactEmail,
      demo.mangroveAreaHa,
      demo.motivation,
      jurisdiction.primaryLocale,
      stewardId,
      at(demo.startedOn),
      organisationId,
      created.id,
      jurisdiction.code,
      JSON.stringify(jurisdiction.name),
      jurisdiction.level,
      timeZone,
    ],
  );
  for (const [position, step] of SHENZHEN_PLAYBOOK.steps.entries()) {
    const seeded = demo.steps[step.key];
    const state = seeded?.state ?? 'locked';
    const openedOn = seeded ? day(seeded.openedOn) : null;
    const decided = seeded?.decidedOn !== undefined ? at(seeded.decidedOn) : null;
    await manager.query(
      `INSERT INTO onboarding_step (case_id, key, position, state, depends_on, evidence_kinds, owner_role, reviewer_role, due_in_days,
                                    opened_at, due_on, submitted_at, decided_at, decided_by, decision_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        created.id,
        step.key,
        position,
        state,
        step.dependsOn,
        step.evidence,
        step.ownerRole,
        step.reviewerRole,
        step.dueInDays,
        openedOn ? at(openedOn) : null,
        openedOn ? addDays(openedOn, step.dueInDays) : null,
        state === 'submitted' ? at(1) : decided,
        decided,
        decided ? stewardId : null,
        seeded?.reason ?? null,
      ],
    );
  }
}
