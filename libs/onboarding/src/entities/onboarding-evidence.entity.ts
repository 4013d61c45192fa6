import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EvidenceKind } from '../domain/playbook-definition';

/** Evidence attached to a step: a file kept in Postgres, a link, or a reference to a record. */
@Entity('onboarding_evidence')
export class OnboardingEvidence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'step_id' })
  stepId!: string;

  @Column({ type: 'text' })
  kind!: EvidenceKind;

  @Column({ type: 'text', name: 'file_name', nullable: true })
  fileName!: string | null;

  @Column({ type: 'text', name: 'content_type', nullable: true })
  contentType!: string | null;

  @Column({ type: 'int', name: 'size_bytes', nullable: true })
  sizeBytes!: number | null;

  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  /** Never selected by default: lists must not pull megabytes of files along. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', name: 'reference_type', nullable: true })
  referenceType!: string | null;

  @Column({ type: 'text', name: 'reference_id', nullable: true })
  referenceId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
