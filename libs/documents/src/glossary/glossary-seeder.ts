import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@bluecarbon/platform';
import { CORE_GLOSSARY } from '../seed/core-glossary';

/**
 * Puts the core blue-carbon glossary into the tables after the migrations ran (they run at
 * module init). Idempotent and additive: terms a language team edited or added stay.
 */
@Injectable()
export class GlossarySeeder implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.env.RUN_MIGRATIONS) return;
    await seedCoreGlossary(this.dataSource);
  }
}

export async function seedCoreGlossary(dataSource: DataSource): Promise<void> {
  const concepts = CORE_GLOSSARY.map((concept) => concept.id);
  const notes = CORE_GLOSSARY.map((concept) => concept.note ?? null);
  const terms = CORE_GLOSSARY.flatMap((concept) =>
    Object.entries(concept.terms).flatMap(([locale, list]) => list.map((term) => [concept.id, locale, term.text, term.status])),
  );
  await dataSource.transaction(async (manager) => {
    await manager.query(`INSERT INTO glossary_concept (id, note) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (id) DO NOTHING`, [concepts, notes]);
    await manager.query(
      `INSERT INTO glossary_term (concept_id, locale, text, status) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (concept_id, locale, text) DO NOTHING`,
      [0, 1, 2, 3].map((column) => terms.map((term) => term[column])),
    );
  });
}
