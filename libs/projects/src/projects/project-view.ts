import type { LocalizedText } from '@bluecarbon/platform';
import { AREA_TOLERANCE, type SiteBoundary } from '../domain/site-boundary';
import { allowedActions, type ProjectAction, type ProjectStatus } from '../domain/project-lifecycle';
import type { Project, ProjectStratum } from '../entities/project.entity';

export interface ProjectView {
  id: string;
  jurisdictionCode: string;
  jurisdictionId: string | null;
  name: LocalizedText;
  adaptationId: string;
  boundary: SiteBoundary;
  area: {
    declaredHectares: string;
    measuredHectares: string;
    relativeDifference: string;
    /** True past 5%: validation then needs the steward's acknowledgement. */
    needsAcknowledgement: boolean;
    acknowledgedBy: string | null;
    acknowledgedAt: Date | null;
  };
  strata: ProjectStratum[];
  creditingPeriod: { start: string; end: string };
  status: ProjectStatus;
  allowedActions: ProjectAction[];
  rejectionReason: string | null;
  submittedAt: Date | null;
  validatedAt: Date | null;
  registeredAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The edit counter: send it back as If-Match. */
  version: number;
}

export function toProjectView(row: Project): ProjectView {
  return {
    id: row.id,
    jurisdictionCode: row.jurisdictionCode,
    jurisdictionId: row.jurisdictionId,
    name: row.name,
    adaptationId: row.adaptationId,
    boundary: row.boundary,
    area: {
      declaredHectares: trimDecimal(row.declaredHectares),
      measuredHectares: trimDecimal(row.measuredHectares),
      relativeDifference: trimDecimal(row.areaDifference),
      needsAcknowledgement: Number(row.areaDifference) > AREA_TOLERANCE,
      acknowledgedBy: row.areaAcknowledgedBy,
      acknowledgedAt: row.areaAcknowledgedAt,
    },
    strata: row.strata,
    creditingPeriod: { start: row.creditingStart, end: row.creditingEnd },
    status: row.status,
    allowedActions: allowedActions(row.status),
    rejectionReason: row.rejectionReason,
    submittedAt: row.submittedAt,
    validatedAt: row.validatedAt,
    registeredAt: row.registeredAt,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** numeric's text without trailing fractional zeros (`100.0000` → `100`). */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
