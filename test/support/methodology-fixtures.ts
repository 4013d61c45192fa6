import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { seedMethodologyDemo } from '@bluecarbon/methodology';
import { MANGROVE_CONSERVATION_V1, type MethodologyVersion, type ProjectInputs, versionChecksum } from '@bluecarbon/methodology/testing';
import type { ConcurrencyPlugin } from './concurrency';
import { type AccessMatrixPlugin, dataSourceOf, type SignedInUser, type TestOrganisation, uniqueSuffix } from './identity-fixtures';
import type { TestApi } from './test-app';

export const SEEDED_KEY = MANGROVE_CONSERVATION_V1.methodologyKey;
export const SEEDED_VERSION = MANGROVE_CONSERVATION_V1.version;

type Auth = { auth: { Authorization: string } };

export interface WorkedExample {
  version: string | MethodologyVersion;
  inputs: ProjectInputs;
  options?: { overrides?: object; prices?: object[] };
  expected: {
    years: Record<string, { basis?: string; project?: Record<string, string>; strata?: Record<string, Record<string, string>> }>;
    totals?: { project?: Record<string, string>; strata?: Record<string, Record<string, string>> };
    creditable: { perYear: unknown[]; total: unknown };
    valueEstimates?: { key: string; total: string }[];
    parameterSources?: Record<string, string>;
    monitoring?: object;
  };
}

const FIXTURES = path.join(__dirname, '../fixtures/methodology');

/** The hand-worked examples of test/fixtures/methodology. */
export const workedExamples = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, example: JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as WorkedExample }));

/** Every value the fixture states, compared as strings: to the last digit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a response body, walked by the fixture's keys
export function expectMatchesFixture(body: Record<string, any>, expected: WorkedExample['expected']): void {
  for (const [year, values] of Object.entries(expected.years)) {
    const actual = body.years.find((row: { year: number }) => row.year === Number(year));
    expect([year, actual.basis]).toEqual([year, values.basis]);
    for (const [key, value] of Object.entries(values.project ?? {})) expect([year, key, actual.project[key]]).toEqual([year, key, value]);
    for (const [stratum, byKey] of Object.entries(values.strata ?? {})) {
      for (const [key, value] of Object.entries(byKey)) expect([year, stratum, key, actual.strata[stratum][key]]).toEqual([year, stratum, key, value]);
    }
  }
  for (const [key, value] of Object.entries(expected.totals?.project ?? {})) expect([key, body.totals.project[key]]).toEqual([key, value]);
  for (const [stratum, byKey] of Object.entries(expected.totals?.strata ?? {})) {
    for (const [key, value] of Object.entries(byKey)) expect([stratum, key, body.totals.strata[stratum][key]]).toEqual([stratum, key, value]);
  }
  expect(body.creditable.perYear).toEqual(expected.creditable.perYear);
  expect(body.creditable.total).toEqual(expected.creditable.total);
  for (const estimate of expected.valueEstimates ?? [])
    expect(body.valueEstimates.find((item: { key: string }) => item.key === estimate.key)?.total).toBe(estimate.total);
  for (const [key, source] of Object.entries(expected.parameterSources ?? {})) expect([key, body.parameters[key].source]).toEqual([key, source]);
  const { rule: _rule, ...monitoring } = body.monitoring ?? {};
  expect(body.monitoring === undefined ? undefined : monitoring).toEqual(expected.monitoring);
}

/** The seeded methodology (the embedded demo seed loads it; a server database gets it here). */
export async function ensureSeededMethodology(api: TestApi): Promise<void> {
  await seedMethodologyDemo(dataSourceOf(api));
}

/** The version's content as the API takes it (without key and semver, which the URL carries). */
export function contentOf(version: MethodologyVersion): Omit<MethodologyVersion, 'methodologyKey' | 'version'> {
  const { methodologyKey: _key, version: _semver, ...content } = structuredClone(version);
  return content;
}

/** A new methodology with one draft version holding `content`; answers its key, version and ETag. */
export async function draftVersion(api: TestApi, steward: Auth, version: MethodologyVersion): Promise<{ key: string; version: string; etag: string }> {
  const key = `test-${uniqueSuffix()}`;
  const created = await request(api.server).post('/api/v1/methodologies').set(steward.auth).send({ key, title: version.title });
  if (created.status !== 201) throw new Error(`template: ${created.status} ${JSON.stringify(created.body)}`);
  const drafted = await request(api.server)
    .post(`/api/v1/methodologies/${key}/versions`)
    .set(steward.auth)
    .send({ version: version.version, content: contentOf(version) });
  if (drafted.status !== 201) throw new Error(`draft: ${drafted.status} ${JSON.stringify(drafted.body)}`);
  return { key, version: version.version, etag: drafted.headers.etag };
}

/** Drafts and publishes `version` under a new key. */
export async function publishedVersion(api: TestApi, steward: Auth, version: MethodologyVersion): Promise<{ key: string; version: string }> {
  const draft = await draftVersion(api, steward, version);
  const published = await request(api.server)
    .post(`/api/v1/methodologies/${draft.key}/versions/${draft.version}/publish`)
    .set(steward.auth)
    .set('If-Match', draft.etag);
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return draft;
}

/** Adopts a published version for the coordinator's city with the given overrides (a draft). */
export async function adopt(
  api: TestApi,
  coordinator: SignedInUser,
  target: { key: string; version: string },
  overrides: { parameter: string; value: string | boolean; justification: string; evidence?: string[] }[] = [],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a response body
): Promise<{ id: string; etag: string; body: Record<string, any> }> {
  const response = await request(api.server)
    .post('/api/v1/adaptations')
    .set(coordinator.auth)
    .send({ methodologyKey: target.key, version: target.version, overrides });
  if (response.status !== 201) throw new Error(`adopt: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.id, etag: response.headers.etag, body: response.body };
}

/** POSTs a state change with the ETag; answers the response (tests assert its status). */
export function transition(api: TestApi, id: string, action: 'submit' | 'approve' | 'reject', who: Auth, etag: string, body: object = {}) {
  return request(api.server).post(`/api/v1/adaptations/${id}/${action}`).set(who.auth).set('If-Match', etag).send(body);
}

/** An adaptation of the seeded version by `subject`'s city, in `status`, straight through SQL. */
async function adaptationOf(api: TestApi, subject: TestOrganisation, status: 'draft' | 'submitted'): Promise<string> {
  await ensureSeededMethodology(api);
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO methodology_adaptation (id, lineage_id, revision, methodology_version_id, jurisdiction_code, jurisdiction_id, status, overrides, review, submitted_at)
     SELECT gen_random_uuid(), gen_random_uuid(), 1, v.id, $1, $2, $5, '{}', '{"withinRules":[],"deviations":[],"invalid":[]}', CASE WHEN $5 = 'submitted' THEN now() END
       FROM methodology_version v JOIN methodology_template t ON t.id = v.template_id WHERE t.key = $3 AND v.semver = $4
     RETURNING id`,
    [subject.jurisdictionCode, subject.jurisdictionId, SEEDED_KEY, SEEDED_VERSION, status],
  );
  return row.id;
}

/**
 * Methodology's part of the access matrix. Versions are shared material (no jurisdiction);
 * an adaptation is its city's record. The records are in states everyone may see (published,
 * submitted) so that the guard's refusal of a role and the policy's agree; drafts being 404
 * outside their city is checked in methodology-adaptations.e2e-spec.ts.
 */
export const accessMatrix: AccessMatrixPlugin = {
  params: {
    // A new methodology with 1.0.0 published, per call: a steward's allowed deprecate consumes it.
    'methodologies.key': async (api) => {
      const key = `matrix-${uniqueSuffix()}`;
      const version = { ...MANGROVE_CONSERVATION_V1, methodologyKey: key };
      const dataSource = dataSourceOf(api);
      const [template] = await dataSource.query(`INSERT INTO methodology_template (key, title) VALUES ($1, $2) RETURNING id`, [
        key,
        JSON.stringify(version.title),
      ]);
      await dataSource.query(
        `INSERT INTO methodology_version (template_id, semver, status, title, description, sections, parameters, inputs, constants, formulas, creditable_formula, checksum, published_at)
         VALUES ($1, '1.0.0', 'published', $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`,
        [
          template.id,
          ...[version.title, version.description, version.sections ?? {}, version.parameters, version.inputs, version.constants, version.formulas].map(
            (value) => JSON.stringify(value),
          ),
          version.creditableFormula,
          versionChecksum(version),
        ],
      );
      return { value: key, resource: { jurisdictionCode: null, jurisdictionId: null } };
    },
    'versions.version': async () => ({ value: '1.0.0', resource: { state: 'published' } }),
    'adaptations.id': async (api, subject) => ({
      value: await adaptationOf(api, subject, 'submitted'),
      resource: { jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId, state: 'submitted' },
    }),
  },
  bodies: {
    'POST /api/v1/adaptations': async (api, subject) => {
      await ensureSeededMethodology(api);
      return {
        body: { methodologyKey: SEEDED_KEY, version: SEEDED_VERSION, jurisdictionCode: subject.jurisdictionCode },
        resource: { jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId },
      };
    },
  },
};

/**
 * Methodology's routes that take If-Match. A state change checks the state before the ETag,
 * so a request arriving once the other has committed is told the state moved on (409).
 */
export const concurrency: ConcurrencyPlugin = {
  'PUT /api/v1/adaptations/{id}': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await adaptationOf(api, cast.own, 'draft') }),
    body: () => ({ overrides: [] }),
  },
  'POST /api/v1/adaptations/{id}/submit': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await adaptationOf(api, cast.own, 'draft') }),
    loserMayAnswer: [409],
  },
  'POST /api/v1/adaptations/{id}/approve': { as: 'steward', loserMayAnswer: [409] },
  'POST /api/v1/adaptations/{id}/reject': { as: 'steward', loserMayAnswer: [409] },
  'PUT /api/v1/methodologies/{key}/versions/{version}': {
    as: 'steward',
    params: (api, cast) => draftVersion(api, cast.users.steward, MANGROVE_CONSERVATION_V1),
    body: () => ({ content: contentOf(MANGROVE_CONSERVATION_V1) }),
  },
  'POST /api/v1/methodologies/{key}/versions/{version}/publish': {
    as: 'steward',
    params: (api, cast) => draftVersion(api, cast.users.steward, MANGROVE_CONSERVATION_V1),
    loserMayAnswer: [409],
  },
  'POST /api/v1/methodologies/{key}/versions/{version}/deprecate': { as: 'steward', loserMayAnswer: [409] },
};
