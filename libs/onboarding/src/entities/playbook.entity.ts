import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PlaybookDefinition } from '../domain/playbook-definition';

export type PlaybookStatus = 'draft' | 'published';

/** One version of a playbook. Published rows are immutable (a trigger enforces it). */
@Entity('playbook')
export class Playbook {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  key!: string;

  /** 1, 2, 3… per key; `version` below is the row's edit counter for If-Match. */
  @Column({ type: 'int', name: 'playbook_version' })
  playbookVersion!: number;

  @Column({ type: 'text' })
  status!: PlaybookStatus;

  @Column({ type: 'jsonb' })
  definition!: PlaybookDefinition;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'uuid', name: 'published_by', nullable: true })
  publishedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
