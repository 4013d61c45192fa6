import { ApiProperty } from '@nestjs/swagger';
import { FREE_FORM_OBJECT } from '@bluecarbon/platform';
import { serialNumber } from '../domain/issuance';
import { allowedMonitoringActions, MONITORING_ACTIONS, MONITORING_STATUSES, type MonitoringAction, type MonitoringStatus } from '../domain/monitoring';
import type { Issuance } from '../entities/issuance.entity';
import type { MeasuredInputs, MonitoringReport } from '../entities/monitoring-report.entity';
import { DateRangeView } from '../projects/project-view';

export class MonitoringReportView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() jurisdictionCode!: string;
  @ApiProperty({ type: DateRangeView }) period!: DateRangeView;
  @ApiProperty({
    type: 'object',
    properties: { project: FREE_FORM_OBJECT, parameters: FREE_FORM_OBJECT, strata: { type: 'object', additionalProperties: FREE_FORM_OBJECT } },
    description: 'What was measured, as the calculator takes it',
  })
  inputs!: MeasuredInputs;
  @ApiProperty({ enum: MONITORING_STATUSES }) status!: MonitoringStatus;
  @ApiProperty({ enum: MONITORING_ACTIONS, isArray: true }) allowedActions!: MonitoringAction[];
  @ApiProperty({ type: String, nullable: true }) rejectionReason!: string | null;
  @ApiProperty({ type: Date, nullable: true }) submittedAt!: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedBy!: string | null;
  @ApiProperty({ type: Date, nullable: true }) decidedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ description: 'The edit counter: send it back as If-Match' }) version!: number;
}

export function toMonitoringView(row: MonitoringReport): MonitoringReportView {
  return {
    id: row.id,
    projectId: row.projectId,
    jurisdictionCode: row.jurisdictionCode,
    period: { start: row.periodStart, end: row.periodEnd },
    inputs: row.inputs,
    status: row.status,
    allowedActions: allowedMonitoringActions(row.status),
    rejectionReason: row.rejectionReason,
    submittedAt: row.submittedAt,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

class SerialRangeView {
  @ApiProperty() first!: string;
  @ApiProperty() last!: string;
}

class MethodologyRefView {
  @ApiProperty() key!: string;
  @ApiProperty() version!: string;
  @ApiProperty() checksum!: string;
}

class AdaptationRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() revision!: number;
}

export class IssuanceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty({ format: 'uuid' }) monitoringReportId!: string;
  @ApiProperty() vintage!: number;
  @ApiProperty() issuedTonnes!: number;
  @ApiProperty() bufferTonnes!: number;
  /** Issued minus buffer: what may be sold or retired. */
  @ApiProperty({ description: 'Issued minus buffer: what may be sold or retired' }) saleableTonnes!: number;
  @ApiProperty({ type: SerialRangeView }) serials!: SerialRangeView;
  @ApiProperty({ type: MethodologyRefView }) methodology!: MethodologyRefView;
  @ApiProperty({ type: AdaptationRefView }) adaptation!: AdaptationRefView;
  @ApiProperty({ ...FREE_FORM_OBJECT, description: "The calculator's breakdown of the vintage" }) breakdown!: object;
  @ApiProperty() issuedAt!: Date;
}

/** An approved report with the credits its approval issued. */
export class ApprovedMonitoringReportView extends MonitoringReportView {
  @ApiProperty({ type: [IssuanceView] }) issuances!: IssuanceView[];
}

export function toIssuanceView(row: Issuance): IssuanceView {
  const issued = Number(row.issuedTonnes);
  const buffer = Number(row.bufferTonnes);
  return {
    id: row.id,
    projectId: row.projectId,
    monitoringReportId: row.monitoringReportId,
    vintage: row.vintage,
    issuedTonnes: issued,
    bufferTonnes: buffer,
    saleableTonnes: issued - buffer,
    serials: {
      first: serialNumber(row.serialPrefix, row.vintage, Number(row.serialFirst)),
      last: serialNumber(row.serialPrefix, row.vintage, Number(row.serialLast)),
    },
    methodology: { key: row.methodologyKey, version: row.methodologyVersion, checksum: row.methodologyChecksum },
    adaptation: { id: row.adaptationId, revision: row.adaptationRevision },
    breakdown: row.breakdown,
    issuedAt: row.issuedAt,
  };
}
