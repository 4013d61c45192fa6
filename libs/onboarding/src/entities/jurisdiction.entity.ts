import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@bluecarbon/platform';

export const JURISDICTION_LEVELS = ['country', 'state', 'province', 'city', 'district'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];
export const JURISDICTION_STATUSES = ['prospect', 'applicant', 'onboarding', 'active', 'suspended'] as const;
export type JurisdictionStatus = (typeof JURISDICTION_STATUSES)[number];

@Entity('jurisdiction')
export class Jurisdiction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** ISO 3166-2 based and stable: identity's organisations and memberships refer to it. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'text' })
  level!: JurisdictionLevel;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  country!: string;

  @Column({ type: 'text', name: 'primary_locale' })
  primaryLocale!: string;

  /** IANA zone; due dates and reminders follow this calendar. */
  @Column({ type: 'text', name: 'time_zone' })
  timeZone!: string;

  @Column({ type: 'text' })
  status!: JurisdictionStatus;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
