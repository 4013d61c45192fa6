import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiDecimalProperty, FREE_FORM_OBJECT, LOCALIZED_TEXT_SCHEMA, type LocalizedText } from '@bluecarbon/platform';
import { AREA_TOLERANCE, type SiteBoundary } from '../domain/site-boundary';
import { allowedActions, PROJECT_ACTIONS, PROJECT_STATUSES, type ProjectAction, type ProjectStatus } from '../domain/project-lifecycle';
import type { Project, ProjectStratum } from '../entities/project.entity';

export class ProjectAreaView {
  @ApiDecimalProperty() declaredHectares!: string;
  @ApiDecimalProperty() measuredHectares!: string;
  @ApiDecimalProperty() relativeDifference!: string;
  /** True past 5%: validation then needs the steward's acknowledgement. */
  @ApiProperty({ description: "Past 5%: validation needs the steward's acknowledgement" }) needsAcknowledgement!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) acknowledgedBy!: string | null;
  @ApiProperty({ type: Date, nullable: true }) acknowledgedAt!: Date | null;
}

export class ProjectStratumView implements ProjectStratum {
  @ApiProperty() key!: string;
  @ApiPropertyOptional() name?: string;
  @ApiDecimalProperty({ description: 'Hectares' }) area!: string;
}

export class DateRangeView {
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ format: 'date' }) end!: string;
}

export class ProjectView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() jurisdictionCode!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) jurisdictionId!: string | null;
  @ApiProperty(LOCALIZED_TEXT_SCHEMA) name!: LocalizedText;
  @ApiProperty({ format: 'uuid' }) adaptationId!: string;
  @ApiProperty({ ...FREE_FORM_OBJECT, description: 'GeoJSON Polygon or MultiPolygon' }) boundary!: SiteBoundary;
  @ApiProperty({ type: ProjectAreaView }) area!: ProjectAreaView;
  @ApiProperty({ type: [ProjectStratumView] }) strata!: ProjectStratum[];
  @ApiProperty({ type: DateRangeView }) creditingPeriod!: DateRangeView;
  @ApiProperty({ enum: PROJECT_STATUSES }) status!: ProjectStatus;
  @ApiProperty({ enum: PROJECT_ACTIONS, isArray: true }) allowedActions!: ProjectAction[];
  @ApiProperty({ type: String, nullable: true }) rejectionReason!: string | null;
  @ApiProperty({ type: Date, nullable: true }) submittedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) validatedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) registeredAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  /** The edit counter: send it back as If-Match. */
  @ApiProperty({ description: 'The edit counter: send it back as If-Match' }) version!: number;
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
