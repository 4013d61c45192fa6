import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 (language fidelity).
 * - document_revision.segmentation: the segmentation rules a revision was written with.
 *   Rendering and export segment a revision again and match stored segments by ordinal, so
 *   an existing revision must keep its rules (1); new revisions take the current ones.
 * - glossary_concept.version: glossary writes take If-Match like every shared record.
 * - glossary_concept_history: every state of a concept, including the last one before it
 *   was deleted, so a deletion can be looked back on (and undone by hand).
 */
export class LanguageFidelity1765810000000 implements MigrationInterface {
  name = 'LanguageFidelity1765810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE document_revision ADD COLUMN segmentation smallint NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE glossary_concept ADD COLUMN version int NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      CREATE TABLE glossary_concept_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        concept_id text NOT NULL,
        action text NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
        version int NOT NULL,
        note text,
        terms jsonb NOT NULL DEFAULT '{}',
        actor_id uuid,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX glossary_concept_history_concept_idx ON glossary_concept_history (concept_id, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE glossary_concept_history`);
    await queryRunner.query(`ALTER TABLE glossary_concept DROP COLUMN version`);
    await queryRunner.query(`ALTER TABLE document_revision DROP COLUMN segmentation`);
  }
}
