import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@bluecarbon/platform';
import type { ConstantDefinition, FormulaDefinition, InputDefinition, ParameterDefinition } from '../domain/model';

export type VersionStatus = 'draft' | 'published' | 'deprecated';

/**
 * One semver version of a methodology, the method itself as jsonb. Drafts change under
 * If-Match; published and deprecated rows never change (the service answers 409, a trigger
 * backs it up), except that a published version may become deprecated.
 */
@Entity('methodology_version')
export class MethodologyVersionRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'template_id' })
  templateId!: string;

  @Column({ type: 'text' })
  semver!: string;

  @Column({ type: 'text' })
  status!: VersionStatus;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb' })
  description!: LocalizedText;

  @Column({ type: 'jsonb' })
  sections!: Record<string, LocalizedText>;

  @Column({ type: 'jsonb' })
  parameters!: ParameterDefinition[];

  @Column({ type: 'jsonb' })
  inputs!: InputDefinition[];

  @Column({ type: 'jsonb' })
  constants!: ConstantDefinition[];

  @Column({ type: 'jsonb' })
  formulas!: FormulaDefinition[];

  @Column({ type: 'text', name: 'creditable_formula' })
  creditableFormula!: string;

  /** `sha256:` of the canonical content, set when published. */
  @Column({ type: 'text', nullable: true })
  checksum!: string | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'uuid', name: 'published_by', nullable: true })
  publishedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'deprecated_at', nullable: true })
  deprecatedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  /** Edit counter for If-Match (the semver is `semver`). */
  @Column({ type: 'int', default: 1 })
  version!: number;
}
