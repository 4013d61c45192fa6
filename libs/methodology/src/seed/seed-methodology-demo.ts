import type { DataSource } from 'typeorm';
import { demoStewardId } from '@bluecarbon/identity';
import { versionChecksum } from '../domain/checksum';
import { MANGROVE_CONSERVATION_V1 } from './mangrove-conservation';
import { firstRow } from '@bluecarbon/platform';
import { MANGROVE_CONSERVATION_V2 } from './mangrove-conservation-v2';
import { MANGROVE_CONSERVATION_V2_1 } from './mangrove-conservation-v2-1';

/**
 * The seeded "Mangrove Conservation Carbon Sink Methodology" with versions 1.0.0, 2.0.0 and
 * 2.1.0 (the monitored one) published, stewarded by the demo Shenzhen centre when it exists.
 * Adds only what is missing, so it can run on every start and next to other seeds. Not a migration: its figures are defaults
 * to be replaced by the official ones, which a production database should not receive unasked.
 */
/** The seeded version whose inputs monitoring reports measure per year: what projects issue under. */
export const SEEDED_MONITORED_VERSION = { key: MANGROVE_CONSERVATION_V2_1.methodologyKey, version: MANGROVE_CONSERVATION_V2_1.version } as const;

export async function seedMethodologyDemo(dataSource: DataSource): Promise<{ templates: number; versions: number }> {
  const seeds = [MANGROVE_CONSERVATION_V1, MANGROVE_CONSERVATION_V2, MANGROVE_CONSERVATION_V2_1] as const;
  return dataSource.transaction(async (manager) => {
    const stewardId = await demoStewardId(manager);
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO methodology_template (key, title, steward_organisation_id) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING id`,
      [seeds[0].methodologyKey, JSON.stringify(seeds[0].title), stewardId],
    );
    const { id: templateId }: { id: string } = firstRow(
      inserted.length ? inserted : await manager.query(`SELECT id FROM methodology_template WHERE key = $1`, [seeds[0].methodologyKey]),
    );
    let versions = 0;
    for (const seed of seeds) {
      const added: unknown[] = await manager.query(
        `INSERT INTO methodology_version (template_id, semver, status, title, description, sections, parameters, inputs, constants, formulas,
                                          creditable_formula, checksum, published_at)
         VALUES ($1, $2, 'published', $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
         ON CONFLICT (template_id, semver) DO NOTHING RETURNING id`,
        [
          templateId,
          seed.version,
          JSON.stringify(seed.title),
          JSON.stringify(seed.description),
          JSON.stringify(seed.sections ?? {}),
          JSON.stringify(seed.parameters),
          JSON.stringify(seed.inputs),
          JSON.stringify(seed.constants),
          JSON.stringify(seed.formulas),
          seed.creditableFormula,
          versionChecksum(seed),
        ],
      );
      versions += added.length;
    }
    return { templates: inserted.length, versions };
  });
}
