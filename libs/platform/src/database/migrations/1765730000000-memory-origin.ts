import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a translation-memory pair came from when it was not approved in a document: a TMX
 * import keeps the other tool's unit id, author and date (`{format, tool, tuid, creationId,
 * creationDate}`), so a TMX export gives each unit its origin. Null for pairs approved here.
 */
export class MemoryOrigin1765730000000 implements MigrationInterface {
  name = 'MemoryOrigin1765730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE translation_memory ADD COLUMN origin jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE translation_memory DROP COLUMN origin`);
  }
}
