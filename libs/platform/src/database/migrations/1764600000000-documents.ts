import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bilingual documents: documents and their Markdown revisions, segments that keep their
 * identity across revisions (archived, never deleted), translations per segment and locale
 * with their full history, the translation memory (pg_trgm GIN index: fuzzy lookups stay
 * index scans at 100k entries), the glossary, publications per locale and i18next UI strings.
 * A missing translation row means "untranslated": a 10k-segment import writes segments only.
 */
export class Documents1764600000000 implements MigrationInterface {
  name = 'Documents1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        subject_type text NOT NULL CHECK (subject_type IN ('none', 'jurisdiction', 'project', 'methodology', 'playbook_step')),
        subject_id text,
        source_locale text NOT NULL,
        target_locales text[] NOT NULL,
        owner_organisation_id uuid NOT NULL,
        -- Null for shared material (methodology, playbooks); the policy keys on these.
        jurisdiction_id uuid,
        jurisdiction_code text,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
        due_on date,
        current_revision int NOT NULL DEFAULT 0,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX document_jurisdiction_idx ON document (jurisdiction_code, status)`);
    await queryRunner.query(`CREATE INDEX document_created_idx ON document (created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE document_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES document (id),
        number int NOT NULL CHECK (number > 0),
        markdown text NOT NULL,
        message text,
        author_id uuid,
        segment_count int NOT NULL,
        alignment jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (document_id, number)
      )`);

    await queryRunner.query(`
      CREATE TABLE document_segment (
        id uuid PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES document (id),
        ordinal int NOT NULL,
        kind text NOT NULL,
        source_text text NOT NULL,
        source_hash text NOT NULL,
        previous_hash text,
        next_hash text,
        words int NOT NULL DEFAULT 0,
        first_revision int NOT NULL,
        last_revision int NOT NULL,
        archived_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX document_segment_active_idx ON document_segment (document_id, ordinal) WHERE archived_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE translation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        segment_id uuid NOT NULL REFERENCES document_segment (id),
        document_id uuid NOT NULL REFERENCES document (id),
        locale text NOT NULL,
        text text,
        state text NOT NULL CHECK (state IN ('untranslated', 'draft', 'translated', 'reviewed', 'approved')),
        -- Separate from the state: the source changed after this was written.
        outdated boolean NOT NULL DEFAULT false,
        previous_source_text text,
        based_on_source_hash text,
        qa_findings jsonb NOT NULL DEFAULT '[]',
        translator_id uuid,
        reviewer_id uuid,
        translated_at timestamptz,
        reviewed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        UNIQUE (segment_id, locale)
      )`);
    await queryRunner.query(`CREATE INDEX translation_document_locale_idx ON translation (document_id, locale)`);

    await queryRunner.query(`
      CREATE TABLE translation_history (
        id bigserial PRIMARY KEY,
        translation_id uuid NOT NULL REFERENCES translation (id),
        action text NOT NULL,
        text text,
        state text NOT NULL,
        outdated boolean NOT NULL,
        source_hash text,
        actor_id uuid,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX translation_history_translation_idx ON translation_history (translation_id, id)`);

    await queryRunner.query(`
      CREATE TABLE translation_memory (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_locale text NOT NULL,
        target_locale text NOT NULL,
        source_text text NOT NULL,
        target_text text NOT NULL,
        source_hash text NOT NULL,
        previous_hash text,
        next_hash text,
        document_id uuid,
        segment_id uuid,
        created_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX translation_memory_pair_idx ON translation_memory (source_locale, target_locale, source_hash, md5(target_text))`,
    );
    await queryRunner.query(`CREATE INDEX translation_memory_trgm_idx ON translation_memory USING gin (source_text gin_trgm_ops)`);

    await queryRunner.query(`
      CREATE TABLE glossary_concept (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE glossary_term (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        concept_id text NOT NULL REFERENCES glossary_concept (id),
        locale text NOT NULL,
        text text NOT NULL,
        status text NOT NULL CHECK (status IN ('preferred', 'admitted', 'forbidden')),
        UNIQUE (concept_id, locale, text)
      )`);

    await queryRunner.query(`
      CREATE TABLE document_publication (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES document (id),
        locale text NOT NULL,
        revision int NOT NULL,
        partial boolean NOT NULL,
        fallback_ordinals int[] NOT NULL DEFAULT '{}',
        markdown text NOT NULL,
        html text NOT NULL,
        published_by uuid,
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX document_publication_latest_idx ON document_publication (document_id, locale, published_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE ui_string (
        namespace text NOT NULL,
        key text NOT NULL,
        locale text NOT NULL,
        text text,
        plural jsonb,
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (namespace, locale, key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'ui_string',
      'document_publication',
      'glossary_term',
      'glossary_concept',
      'translation_memory',
      'translation_history',
      'translation',
      'document_segment',
      'document_revision',
      'document',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
