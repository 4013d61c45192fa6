import { reviewOverrides } from '../domain/adaptation';
import type { MethodologyVersion } from '../domain/model';
import type { AdaptationResponse } from '../dto/adaptation.dto';
import type { MethodologyAdaptation, StoredOverride } from '../entities/methodology-adaptation.entity';

/** Overrides as the API shows and takes them: a list, each naming its parameter. */
export function overrideList(overrides: Record<string, StoredOverride>): (StoredOverride & { parameter: string })[] {
  return Object.entries(overrides).map(([parameter, override]) => ({ parameter, ...override }));
}

/**
 * The answer for one revision. A draft's review is worked out from its overrides as they
 * stand (so the coordinator sees what will need the steward); later states show the review
 * made when it was submitted.
 */
export function adaptationView(row: MethodologyAdaptation, version: MethodologyVersion): AdaptationResponse {
  return {
    id: row.id,
    lineageId: row.lineageId,
    revision: row.revision,
    previousId: row.previousId,
    methodologyKey: version.methodologyKey,
    version: version.version,
    jurisdictionCode: row.jurisdictionCode,
    jurisdictionId: row.jurisdictionId,
    status: row.status,
    overrides: overrideList(row.overrides),
    review: row.status === 'draft' ? reviewOverrides(version, row.overrides) : row.review,
    upgradeReport: row.upgradeReport,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt,
    supersededAt: row.supersededAt,
    editVersion: row.version,
  };
}
