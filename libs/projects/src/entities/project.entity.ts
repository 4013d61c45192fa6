import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@bluecarbon/platform';
import type { ProjectStatus } from '../domain/project-lifecycle';
import type { SiteBoundary } from '../domain/site-boundary';

/** A part of the site with its own conditions (the calculator's stratum). */
export interface ProjectStratum {
  key: string;
  name?: string;
  /** Hectares, a decimal string. */
  area: string;
}

/** A city's carbon-sink project under one approved methodology adaptation. */
@Entity('project')
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', name: 'jurisdiction_code' })
  jurisdictionCode!: string;

  @Column({ type: 'uuid', name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'uuid', name: 'adaptation_id' })
  adaptationId!: string;

  @Column({ type: 'jsonb' })
  boundary!: SiteBoundary;

  @Column({ type: 'numeric', name: 'declared_hectares' })
  declaredHectares!: string;

  /** Geodesic area of the boundary, computed on every boundary change. */
  @Column({ type: 'numeric', name: 'measured_hectares' })
  measuredHectares!: string;

  /** |measured − declared| / declared. */
  @Column({ type: 'numeric', name: 'area_difference' })
  areaDifference!: string;

  @Column({ type: 'uuid', name: 'area_acknowledged_by', nullable: true })
  areaAcknowledgedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'area_acknowledged_at', nullable: true })
  areaAcknowledgedAt!: Date | null;

  @Column({ type: 'jsonb' })
  strata!: ProjectStratum[];

  @Column({ type: 'date', name: 'crediting_start' })
  creditingStart!: string;

  @Column({ type: 'date', name: 'crediting_end' })
  creditingEnd!: string;

  @Column({ type: 'text' })
  status!: ProjectStatus;

  @Column({ type: 'text', name: 'rejection_reason', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', name: 'validated_by', nullable: true })
  validatedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'validated_at', nullable: true })
  validatedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'registered_at', nullable: true })
  registeredAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  /** The next credit serial number of the project (bigint as text), taken under the row lock. */
  @Column({ type: 'bigint', name: 'next_serial', default: 1 })
  nextSerial!: string;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
