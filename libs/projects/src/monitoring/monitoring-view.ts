import { serialNumber } from '../domain/issuance';
import { allowedMonitoringActions, type MonitoringAction, type MonitoringStatus } from '../domain/monitoring';
import type { Issuance } from '../entities/issuance.entity';
import type { MeasuredInputs, MonitoringReport } from '../entities/monitoring-report.entity';

export interface MonitoringReportView {
  id: string;
  projectId: string;
  jurisdictionCode: string;
  period: { start: string; end: string };
  inputs: MeasuredInputs;
  status: MonitoringStatus;
  allowedActions: MonitoringAction[];
  rejectionReason: string | null;
  submittedAt: Date | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
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

export interface IssuanceView {
  id: string;
  projectId: string;
  monitoringReportId: string;
  vintage: number;
  issuedTonnes: number;
  bufferTonnes: number;
  /** Issued minus buffer: what may be sold or retired. */
  saleableTonnes: number;
  serials: { first: string; last: string };
  methodology: { key: string; version: string; checksum: string };
  adaptation: { id: string; revision: number };
  breakdown: object;
  issuedAt: Date;
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
