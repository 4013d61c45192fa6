import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring reports and the credits issued from them (libs/projects). An issuance is frozen
 * by a trigger: its quantity, serial range, breakdown and methodology checksum never change.
 * Serial numbers come from the project's counter, taken under the project's row lock.
 */
export class ProjectIssuance1767500000001 implements MigrationInterface {
  name = 'ProjectIssuance1767500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE project ADD COLUMN next_serial bigint NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      CREATE TABLE project_monitoring_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project (id),
        jurisdiction_code text NOT NULL,
        jurisdiction_id uuid,
        period_start date NOT NULL,
        period_end date NOT NULL,
        inputs jsonb NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
        rejection_reason text,
        submitted_at timestamptz,
        decided_by uuid,
        decided_at timestamptz,
        calculation jsonb,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (period_end >= period_start)
      )`);
    await queryRunner.query(`CREATE INDEX project_monitoring_report_project_idx ON project_monitoring_report (project_id, period_start)`);
    await queryRunner.query(`
      CREATE TABLE project_issuance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project (id),
        monitoring_report_id uuid NOT NULL REFERENCES project_monitoring_report (id),
        jurisdiction_code text NOT NULL,
        vintage int NOT NULL,
        issued_tonnes bigint NOT NULL CHECK (issued_tonnes > 0),
        buffer_tonnes bigint NOT NULL CHECK (buffer_tonnes >= 0 AND buffer_tonnes <= issued_tonnes),
        serial_prefix text NOT NULL,
        serial_first bigint NOT NULL,
        serial_last bigint NOT NULL,
        breakdown jsonb NOT NULL,
        methodology_key text NOT NULL,
        methodology_version text NOT NULL,
        methodology_checksum text NOT NULL,
        adaptation_id uuid NOT NULL,
        adaptation_revision int NOT NULL,
        issued_by uuid,
        issued_at timestamptz NOT NULL DEFAULT now(),
        CHECK (serial_last = serial_first + issued_tonnes - 1),
        UNIQUE (project_id, serial_first),
        UNIQUE (monitoring_report_id, vintage)
      )`);
    await queryRunner.query(`CREATE INDEX project_issuance_vintage_idx ON project_issuance (project_id, vintage)`);
    await queryRunner.query(`
      CREATE FUNCTION project_issuance_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'issuance % is frozen and cannot change', OLD.id;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER project_issuance_frozen BEFORE UPDATE OR DELETE ON project_issuance
        FOR EACH ROW EXECUTE FUNCTION project_issuance_frozen()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE project_issuance`);
    await queryRunner.query(`DROP FUNCTION project_issuance_frozen()`);
    await queryRunner.query(`DROP TABLE project_monitoring_report`);
    await queryRunner.query(`ALTER TABLE project DROP COLUMN next_serial`);
  }
}
