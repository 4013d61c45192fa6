import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SUBJECT_TYPES = ['none', 'jurisdiction', 'project', 'methodology', 'playbook_step'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export type DocumentStatus = 'draft' | 'published' | 'archived';

/** A document written in one locale and translated into others; its content lives in revisions. */
@Entity('document')
export class Document {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', name: 'subject_type' })
  subjectType!: SubjectType;

  @Column({ type: 'text', name: 'subject_id', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'text', name: 'source_locale' })
  sourceLocale!: string;

  @Column({ type: 'text', array: true, name: 'target_locales' })
  targetLocales!: string[];

  @Column({ type: 'uuid', name: 'owner_organisation_id' })
  ownerOrganisationId!: string;

  @Column({ type: 'uuid', name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  @Column({ type: 'text', name: 'jurisdiction_code', nullable: true })
  jurisdictionCode!: string | null;

  @Column({ type: 'text' })
  status!: DocumentStatus;

  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'int', name: 'current_revision' })
  currentRevision!: number;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
