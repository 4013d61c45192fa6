import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText } from '@bluecarbon/platform';

export type ApplicationStatus = 'pending' | 'accepted' | 'declined';

@Entity('onboarding_application')
export class OnboardingApplication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Linked when the steward accepts; until then the application only names its jurisdiction. */
  @Column({ type: 'uuid', name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  @Column({ type: 'text', name: 'jurisdiction_code' })
  jurisdictionCode!: string;

  @Column({ type: 'jsonb', name: 'jurisdiction_name' })
  jurisdictionName!: LocalizedText;

  @Column({ type: 'text', name: 'jurisdiction_level' })
  jurisdictionLevel!: string;

  @Column({ type: 'text', name: 'time_zone' })
  timeZone!: string;

  @Column({ type: 'jsonb', name: 'organisation_name' })
  organisationName!: LocalizedText;

  @Column({ type: 'text', name: 'contact_name' })
  contactName!: string;

  @Column({ type: 'text', name: 'contact_email' })
  contactEmail!: string;

  /** numeric(14,2), read as text: no float ever touches an area. */
  @Column({ type: 'numeric', name: 'mangrove_area_ha', nullable: true })
  mangroveAreaHa!: string | null;

  @Column({ type: 'text' })
  motivation!: string;

  @Column({ type: 'text', name: 'preferred_locale' })
  preferredLocale!: string;

  @Column({ type: 'text' })
  status!: ApplicationStatus;

  @Column({ type: 'text', name: 'decision_reason', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid', name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', name: 'organisation_id', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'uuid', name: 'case_id', nullable: true })
  caseId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
