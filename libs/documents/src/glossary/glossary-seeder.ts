import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@bluecarbon/platform';
import { GlossaryRepository } from '../repositories/glossary.repository';
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
    private readonly glossary: GlossaryRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.env.RUN_MIGRATIONS) return;
    await seedCoreGlossary(this.dataSource, this.glossary);
  }
}

export async function seedCoreGlossary(dataSource: DataSource, glossary: GlossaryRepository): Promise<void> {
  const terms = CORE_GLOSSARY.flatMap((concept) =>
    Object.entries(concept.terms).flatMap(([locale, list]) => list.map((term) => ({ conceptId: concept.id, locale, text: term.text, status: term.status }))),
  );
  await dataSource.transaction((manager) =>
    glossary.addMissing(
      manager,
      { ids: CORE_GLOSSARY.map((concept) => concept.id), notes: CORE_GLOSSARY.map((concept) => concept.note ?? null) },
      {
        conceptIds: terms.map((term) => term.conceptId),
        locales: terms.map((term) => term.locale),
        texts: terms.map((term) => term.text),
        statuses: terms.map((term) => term.status),
      },
    ),
  );
}
