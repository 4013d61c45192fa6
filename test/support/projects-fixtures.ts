import { seedMethodologyDemo } from '@bluecarbon/methodology';
import type { ConcurrencyPlugin } from './concurrency';
import { type AccessMatrixPlugin, dataSourceOf, type TestOrganisation } from './identity-fixtures';
import { SEEDED_KEY, SEEDED_VERSION } from './methodology-fixtures';
import type { TestApi } from './test-app';

/** About 1 km × 0.9 km by Futian (22.52° N): 100.01 ha on the sphere. */
export const SQUARE_KM = {
  type: 'Polygon',
  coordinates: [
    [
      [114.0, 22.52],
      [114.00973, 22.52],
      [114.00973, 22.529],
      [114.0, 22.529],
      [114.0, 22.52],
    ],
  ],
};

/** An approved adaptation of the seeded methodology for `subject`'s city, straight through SQL. */
export async function approvedAdaptation(api: TestApi, subject: TestOrganisation, overrides: object = {}): Promise<string> {
  await seedMethodologyDemo(dataSourceOf(api));
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO methodology_adaptation (id, lineage_id, revision, methodology_version_id, jurisdiction_code, jurisdiction_id, status, overrides, review, submitted_at, decided_at)
     SELECT gen_random_uuid(), gen_random_uuid(), 1, v.id, $1, $2, 'approved', $5, '{"withinRules":[],"deviations":[],"invalid":[]}', now(), now()
       FROM methodology_version v JOIN methodology_template t ON t.id = v.template_id WHERE t.key = $3 AND v.semver = $4
     RETURNING id`,
    [subject.jurisdictionCode, subject.jurisdictionId, SEEDED_KEY, SEEDED_VERSION, JSON.stringify(overrides)],
  );
  return row.id;
}

/** The body of POST /api/v1/projects for `subject`'s city: 100 ha declared, two strata. */
export async function projectBody(api: TestApi, subject: TestOrganisation, changes: object = {}): Promise<Record<string, unknown>> {
  return {
    jurisdictionCode: subject.jurisdictionCode,
    name: { en: 'Estuary mangroves', 'zh-CN': '河口红树林', 'pt-BR': 'Manguezais do estuário' },
    adaptationId: await approvedAdaptation(api, subject),
    boundary: SQUARE_KM,
    declaredHectares: '100',
    strata: [
      { key: 'fringe', name: 'Fringe', area: '60' },
      { key: 'basin', area: '40' },
    ],
    creditingStart: '2024-01-01',
    creditingEnd: '2053-12-31',
    ...changes,
  };
}

export type ProjectState = 'draft' | 'submitted' | 'validated' | 'registered' | 'crediting' | 'closed';

/** A project of `subject`'s city in `status`, straight through SQL (for access and concurrency sweeps). */
export async function projectOf(api: TestApi, subject: TestOrganisation, status: ProjectState, adaptationId?: string): Promise<string> {
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO project (jurisdiction_code, jurisdiction_id, name, adaptation_id, boundary, declared_hectares, measured_hectares, area_difference, strata,
                          crediting_start, crediting_end, status)
     VALUES ($1, $2, '{"en":"Matrix project"}', $3, $4, 100, 100.0149, 0.0001, '[{"key":"fringe","area":"100"}]', '2024-01-01', '2053-12-31', $5)
     RETURNING id`,
    [subject.jurisdictionCode, subject.jurisdictionId, adaptationId ?? (await approvedAdaptation(api, subject)), JSON.stringify(SQUARE_KM), status],
  );
  return row.id;
}

/** What the seeded method needs measured for one year of the fixture project (one mineral stratum). */
export const MEASURED = { project: { uncertainty: '15' }, strata: { fringe: { soil_type: 'mineral' } } };

/** A monitoring report of `year` of a new registered project of `subject`'s city, straight through SQL. */
export async function reportOf(api: TestApi, subject: TestOrganisation, status: 'draft' | 'submitted', projectId?: string, year = 2024): Promise<string> {
  const project = projectId ?? (await projectOf(api, subject, 'registered'));
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO project_monitoring_report (project_id, jurisdiction_code, jurisdiction_id, period_start, period_end, inputs, status, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 = 'submitted' THEN now() END) RETURNING id`,
    [project, subject.jurisdictionCode, subject.jurisdictionId, `${year}-01-01`, `${year}-12-31`, JSON.stringify(MEASURED), status],
  );
  return row.id;
}

const cityRecord = (subject: TestOrganisation, state: string) => ({
  jurisdictionCode: subject.jurisdictionCode,
  jurisdictionId: subject.jurisdictionId,
  state,
});

/**
 * Projects' part of the access matrix. Records are submitted (visible to everyone) so that the
 * guard's refusal of a role and the policy's agree; a draft being 404 to other cities and to
 * ICLEI is checked in projects.e2e-spec.ts.
 */
export const accessMatrix: AccessMatrixPlugin = {
  params: {
    'projects.id': async (api, subject) => ({ value: await projectOf(api, subject, 'submitted'), resource: cityRecord(subject, 'submitted') }),
    'monitoring-reports.id': async (api, subject) => ({ value: await reportOf(api, subject, 'submitted'), resource: cityRecord(subject, 'submitted') }),
  },
  bodies: {
    'POST /api/v1/projects': async (api, subject) => ({
      body: await projectBody(api, subject),
      resource: { jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId },
    }),
  },
};

/** Projects' routes that take If-Match. State changes check the state first: a late loser may get 409. */
export const concurrency: ConcurrencyPlugin = {
  'PUT /api/v1/projects/{id}': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await projectOf(api, cast.own, 'draft') }),
    body: () => ({ name: { en: 'Renamed' } }),
  },
  'POST /api/v1/projects/{id}/submit': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await projectOf(api, cast.own, 'draft') }),
    loserMayAnswer: [409],
  },
  'POST /api/v1/projects/{id}/validate': { as: 'steward', body: () => ({ acknowledgeAreaDifference: true }), loserMayAnswer: [409] },
  'POST /api/v1/projects/{id}/reject': { as: 'steward', body: () => ({ reason: 'Incomplete survey' }), loserMayAnswer: [409] },
  'POST /api/v1/projects/{id}/register': {
    as: 'steward',
    params: async (api, cast) => ({ id: await projectOf(api, cast.own, 'validated') }),
    loserMayAnswer: [409],
  },
  'POST /api/v1/projects/{id}/close': {
    as: 'steward',
    params: async (api, cast) => ({ id: await projectOf(api, cast.own, 'registered') }),
    loserMayAnswer: [409],
  },
  'PUT /api/v1/monitoring-reports/{id}': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await reportOf(api, cast.own, 'draft') }),
    body: () => ({ inputs: MEASURED }),
  },
  'POST /api/v1/monitoring-reports/{id}/submit': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await reportOf(api, cast.own, 'draft') }),
    loserMayAnswer: [409],
  },
  // Both approvals run the calculator; one UPDATE wins, and only its issuances exist.
  'POST /api/v1/monitoring-reports/{id}/approve': { as: 'steward', loserMayAnswer: [409] },
  'POST /api/v1/monitoring-reports/{id}/reject': { as: 'steward', body: () => ({ reason: 'Plot data missing' }), loserMayAnswer: [409] },
};
