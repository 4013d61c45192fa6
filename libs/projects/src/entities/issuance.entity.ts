import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Credits of one vintage issued on a monitoring report's approval. Frozen by a trigger. */
@Entity('project_issuance')
export class Issuance {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'project_id' })
  projectId!: string;

  @Column({ type: 'uuid', name: 'monitoring_report_id' })
  monitoringReportId!: string;

  @Column({ type: 'text', name: 'jurisdiction_code' })
  jurisdictionCode!: string;

  @Column({ type: 'int' })
  vintage!: number;

  /** bigint comes back as text from both engines. */
  @Column({ type: 'bigint', name: 'issued_tonnes' })
  issuedTonnes!: string;

  @Column({ type: 'bigint', name: 'buffer_tonnes' })
  bufferTonnes!: string;

  @Column({ type: 'text', name: 'serial_prefix' })
  serialPrefix!: string;

  @Column({ type: 'bigint', name: 'serial_first' })
  serialFirst!: string;

  @Column({ type: 'bigint', name: 'serial_last' })
  serialLast!: string;

  /** The calculator's values of the vintage's year, the creditable line and the parameters used. */
  @Column({ type: 'jsonb' })
  breakdown!: object;

  @Column({ type: 'text', name: 'methodology_key' })
  methodologyKey!: string;

  @Column({ type: 'text', name: 'methodology_version' })
  methodologyVersion!: string;

  @Column({ type: 'text', name: 'methodology_checksum' })
  methodologyChecksum!: string;

  @Column({ type: 'uuid', name: 'adaptation_id' })
  adaptationId!: string;

  @Column({ type: 'int', name: 'adaptation_revision' })
  adaptationRevision!: number;

  @Column({ type: 'uuid', name: 'issued_by', nullable: true })
  issuedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'issued_at' })
  issuedAt!: Date;
}
