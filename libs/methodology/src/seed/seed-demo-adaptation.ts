import type { EntityManager } from 'typeorm';
import { reviewOverrides } from '../domain/adaptation';
import { calculate, type CalculationResult, type ParameterOverride, type ProjectInputs } from '../domain/calculate';
import { versionChecksum } from '../domain/checksum';
import { MANGROVE_CONSERVATION_V2_1 } from './mangrove-conservation-v2-1';

/** What another module's demo seed needs of an approved demo adaptation of the monitored 2.1.0. */
export interface DemoAdaptation {
  id: string;
  revision: number;
  methodology: { key: string; version: string; checksum: string };
  /** The version's inputs measured per year (what a monitoring period carries). */
  perYearInputs: string[];
  /** The engine over the adaptation (its overrides applied), for seeds that issue credits without the API. */
  calculate: (inputs: ProjectInputs) => CalculationResult;
}

/**
 * An approved adaptation of the seeded 2.1.0 for a demo city, with a fixed id so that seeding
 * again adds nothing; the seeded methodology must be there (`seedMethodologyDemo` runs first).
 * For demo seeds only: an adaptation is otherwise drafted, reviewed and approved through the API.
 */
export async function seedDemoAdaptation(
  manager: EntityManager,
  demo: { id: string; jurisdictionCode: string; jurisdictionId: string | null; overrides: Record<string, ParameterOverride> },
): Promise<DemoAdaptation> {
  const version = MANGROVE_CONSERVATION_V2_1;
  await manager.query(
    `INSERT INTO methodology_adaptation (id, lineage_id, revision, methodology_version_id, jurisdiction_code, jurisdiction_id, status, overrides, review, submitted_at, decided_at)
     SELECT $1, $1, 1, v.id, $2, $3, 'approved', $4, $5, '2022-06-01T00:00:00Z', '2022-07-01T00:00:00Z'
       FROM methodology_version v JOIN methodology_template t ON t.id = v.template_id WHERE t.key = $6 AND v.semver = $7
     ON CONFLICT (id) DO NOTHING`,
    [
      demo.id,
      demo.jurisdictionCode,
      demo.jurisdictionId,
      JSON.stringify(demo.overrides),
      JSON.stringify(reviewOverrides(version, demo.overrides)),
      version.methodologyKey,
      version.version,
    ],
  );
  return {
    id: demo.id,
    revision: 1,
    methodology: { key: version.methodologyKey, version: version.version, checksum: versionChecksum(version) },
    perYearInputs: version.inputs.filter((input) => input.perYear).map((input) => input.key),
    calculate: (inputs) =>
      calculate(version, inputs, { overrides: demo.overrides, adaptation: { id: demo.id, revision: 1, jurisdiction: demo.jurisdictionCode } }),
  };
}
