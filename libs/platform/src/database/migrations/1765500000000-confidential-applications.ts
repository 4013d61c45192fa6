import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An application no longer touches the jurisdiction it names until the steward accepts it: it
 * keeps the proposed jurisdiction itself (code, name, level, time zone) and links the record on
 * acceptance. Several may be pending for one code: the public form answers every applicant the
 * same way, so a second one cannot be refused without telling that a first exists.
 */
export class ConfidentialApplications1765500000000 implements MigrationInterface {
  name = 'ConfidentialApplications1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE onboarding_application
        ADD COLUMN jurisdiction_code text,
        ADD COLUMN jurisdiction_name jsonb,
        ADD COLUMN jurisdiction_level text,
        ADD COLUMN time_zone text`);
    await queryRunner.query(`
      UPDATE onboarding_application a
         SET jurisdiction_code = j.code, jurisdiction_name = j.name, jurisdiction_level = j.level, time_zone = j.time_zone
        FROM jurisdiction j WHERE j.id = a.jurisdiction_id`);
    await queryRunner.query(`
      ALTER TABLE onboarding_application
        ALTER COLUMN jurisdiction_code SET NOT NULL,
        ALTER COLUMN jurisdiction_name SET NOT NULL,
        ALTER COLUMN jurisdiction_level SET NOT NULL,
        ALTER COLUMN time_zone SET NOT NULL,
        ALTER COLUMN jurisdiction_id DROP NOT NULL`);
    await queryRunner.query(`DROP INDEX onboarding_application_pending_idx`);
    await queryRunner.query(`CREATE INDEX onboarding_application_code_idx ON onboarding_application (jurisdiction_code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX onboarding_application_code_idx`);
    await queryRunner.query(`DELETE FROM onboarding_application WHERE jurisdiction_id IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX onboarding_application_pending_idx ON onboarding_application (jurisdiction_id) WHERE status = 'pending'`);
    await queryRunner.query(`
      ALTER TABLE onboarding_application
        ALTER COLUMN jurisdiction_id SET NOT NULL,
        DROP COLUMN jurisdiction_code, DROP COLUMN jurisdiction_name, DROP COLUMN jurisdiction_level, DROP COLUMN time_zone`);
  }
}
