import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@bluecarbon/platform';
import type { OrganisationKind } from '../access/access-policy';

@Entity('organisation')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  /** Stable partner code (e.g. CN-GD-ENPING); only organisations of kind `jurisdiction` have one. */
  @Column({ type: 'text', name: 'jurisdiction_code', nullable: true })
  jurisdictionCode!: string | null;

  /** The onboarding module's Jurisdiction record, linked once it exists. */
  @Column({ type: 'uuid', name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
