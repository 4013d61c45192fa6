import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reviewer's reason, kept with the review in the translation's history: a rejection must say
 * why, so the translator who gets the segment back knows what to fix.
 */
export class ReviewComments1767720000000 implements MigrationInterface {
  name = 'ReviewComments1767720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE translation_history ADD COLUMN comment text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE translation_history DROP COLUMN comment`);
  }
}
