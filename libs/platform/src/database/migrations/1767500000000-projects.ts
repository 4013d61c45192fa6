import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carbon-sink projects (libs/projects): a city's project under an approved methodology
 * adaptation, its site boundary (GeoJSON, validated in the service) and strata, and its
 * lifecycle. The adaptation and jurisdiction are referenced by id without foreign keys into
 * other libs' tables: those libs answer through their services.
 */
export class Projects1767500000000 implements MigrationInterface {
  name = 'Projects1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jurisdiction_code text NOT NULL,
        jurisdiction_id uuid,
        name jsonb NOT NULL,
        adaptation_id uuid NOT NULL,
        boundary jsonb NOT NULL,
        declared_hectares numeric(14, 4) NOT NULL CHECK (declared_hectares > 0),
        measured_hectares numeric(14, 4) NOT NULL,
        area_difference numeric(10, 4) NOT NULL,
        area_acknowledged_by uuid,
        area_acknowledged_at timestamptz,
        strata jsonb NOT NULL,
        crediting_start date NOT NULL,
        crediting_end date NOT NULL,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'submitted', 'validated', 'registered', 'crediting', 'closed')),
        rejection_reason text,
        submitted_at timestamptz,
        validated_by uuid,
        validated_at timestamptz,
        registered_at timestamptz,
        closed_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (crediting_end > crediting_start)
      )`);
    await queryRunner.query(`CREATE INDEX project_jurisdiction_idx ON project (jurisdiction_code, status)`);
    await queryRunner.query(`CREATE INDEX project_created_idx ON project (created_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE project`);
  }
}
