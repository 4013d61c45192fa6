import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Methodology templates, their semver versions (the method as jsonb, immutable once
 * published) and jurisdictions' adaptations, one row per revision (immutable once decided).
 */
export class Methodology1764650000000 implements MigrationInterface {
  name = 'Methodology1764650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE methodology_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9-]{1,63}$'),
        title jsonb NOT NULL,
        steward_organisation_id uuid REFERENCES organisation (id),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);

    await queryRunner.query(`
      CREATE TABLE methodology_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template_id uuid NOT NULL REFERENCES methodology_template (id),
        semver text NOT NULL CHECK (semver ~ '^(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$'),
        status text NOT NULL CHECK (status IN ('draft', 'published', 'deprecated')),
        title jsonb NOT NULL,
        description jsonb NOT NULL,
        sections jsonb NOT NULL DEFAULT '{}',
        parameters jsonb NOT NULL DEFAULT '[]',
        inputs jsonb NOT NULL DEFAULT '[]',
        constants jsonb NOT NULL DEFAULT '[]',
        formulas jsonb NOT NULL DEFAULT '[]',
        creditable_formula text NOT NULL DEFAULT '',
        checksum text CHECK ((status = 'draft') = (checksum IS NULL)),
        created_by uuid,
        published_by uuid,
        published_at timestamptz,
        deprecated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        UNIQUE (template_id, semver)
      )`);
    // The service refuses writes with a 409 first; this keeps any other writer honest too:
    // a published version may only become deprecated, nothing else about it may change.
    await queryRunner.query(`
      CREATE FUNCTION methodology_version_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'draft' THEN
          IF TG_OP = 'DELETE' OR NEW.status = 'draft'
             OR (to_jsonb(NEW) - ARRAY['status', 'deprecated_at', 'updated_at', 'version'])
                IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'deprecated_at', 'updated_at', 'version']) THEN
            RAISE EXCEPTION 'methodology version % is % and cannot change', OLD.semver, OLD.status USING ERRCODE = '23514';
          END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER methodology_version_published_is_immutable BEFORE UPDATE OR DELETE ON methodology_version
        FOR EACH ROW EXECUTE FUNCTION methodology_version_published_is_immutable()`);

    await queryRunner.query(`
      CREATE TABLE methodology_adaptation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The first revision's id; every revision of one adaptation shares it.
        lineage_id uuid NOT NULL,
        revision int NOT NULL CHECK (revision > 0),
        previous_id uuid REFERENCES methodology_adaptation (id),
        methodology_version_id uuid NOT NULL REFERENCES methodology_version (id),
        jurisdiction_code text NOT NULL,
        jurisdiction_id uuid REFERENCES jurisdiction (id),
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected')),
        overrides jsonb NOT NULL DEFAULT '{}',
        review jsonb,
        upgrade_report jsonb,
        submitted_by uuid,
        submitted_at timestamptz,
        decided_by uuid,
        decided_at timestamptz,
        decision_reason text,
        superseded_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        UNIQUE (lineage_id, revision)
      )`);
    // One revision in the works per adaptation: a second draft would fork its history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX methodology_adaptation_open_idx ON methodology_adaptation (lineage_id) WHERE status IN ('draft', 'submitted')`,
    );
    await queryRunner.query(`CREATE INDEX methodology_adaptation_jurisdiction_idx ON methodology_adaptation (jurisdiction_code, created_at, id)`);
    await queryRunner.query(`CREATE INDEX methodology_adaptation_created_idx ON methodology_adaptation (created_at, id)`);
    await queryRunner.query(`
      CREATE FUNCTION methodology_adaptation_decided_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status IN ('approved', 'rejected') THEN
          IF TG_OP = 'DELETE'
             OR (to_jsonb(NEW) - ARRAY['superseded_at', 'updated_at', 'version'])
                IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['superseded_at', 'updated_at', 'version']) THEN
            RAISE EXCEPTION 'adaptation revision % is % and cannot change', OLD.id, OLD.status USING ERRCODE = '23514';
          END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER methodology_adaptation_decided_is_immutable BEFORE UPDATE OR DELETE ON methodology_adaptation
        FOR EACH ROW EXECUTE FUNCTION methodology_adaptation_decided_is_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE methodology_adaptation`);
    await queryRunner.query(`DROP FUNCTION methodology_adaptation_decided_is_immutable()`);
    await queryRunner.query(`DROP TABLE methodology_version`);
    await queryRunner.query(`DROP FUNCTION methodology_version_published_is_immutable()`);
    await queryRunner.query(`DROP TABLE methodology_template`);
  }
}
