import type { Locale } from '@bluecarbon/platform';
import { reviewOverrides } from '../domain/adaptation';
import type { AdaptationUpgradeReport } from '../domain/diff';
import type { EngineMessage } from '../domain/errors';
import { inLanguage } from '../methodology-problems';
import type { MethodologyVersion } from '../domain/model';
import type { AdaptationResponse } from '../dto/adaptation.dto';
import type { MethodologyAdaptation, StoredOverride } from '../entities/methodology-adaptation.entity';

/**
 * Engine reasons in the caller's language: `reason` rendered from `text`. Reports stored before
 * reasons were keys have no `text`; their English `reason` stays as it was.
 */
function sayReason<T extends { reason: string; text?: EngineMessage }>(item: T, locale: Locale): T {
  return item.text ? { ...item, reason: inLanguage(locale, item.text) } : item;
}

export function upgradeReportIn(report: AdaptationUpgradeReport, locale: Locale): AdaptationUpgradeReport {
  return { ...report, incompatible: report.incompatible.map((item) => sayReason(item, locale)) };
}

/** Overrides as the API shows and takes them: a list, each naming its parameter. */
export function overrideList(overrides: Record<string, StoredOverride>): (StoredOverride & { parameter: string })[] {
  return Object.entries(overrides).map(([parameter, override]) => ({ parameter, ...override }));
}

/**
 * The answer for one revision. A draft's review is worked out from its overrides as they
 * stand (so the coordinator sees what will need the steward); later states show the review
 * made when it was submitted.
 */
export function adaptationView(row: MethodologyAdaptation, version: MethodologyVersion, locale: Locale): AdaptationResponse {
  const review = row.status === 'draft' ? reviewOverrides(version, row.overrides) : row.review;
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
    review: review && { ...review, invalid: review.invalid.map((item) => sayReason(item, locale)) },
    upgradeReport: row.upgradeReport && upgradeReportIn(row.upgradeReport, locale),
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt,
    supersededAt: row.supersededAt,
    editVersion: row.version,
  };
}
