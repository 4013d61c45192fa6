import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type ActorContext, type AuthenticatedActor, can, DomainEvents } from '@bluecarbon/identity';
import { insertedId, Problems, updateVersioned } from '@bluecarbon/platform';
import { reviewOverrides } from '../domain/adaptation';
import { adaptationUpgradeReport, type AdaptationUpgradeReport } from '../domain/diff';
import { upgradeReportIn } from './adaptation-view';
import { MethodologyAdaptation, type StoredOverride } from '../entities/methodology-adaptation.entity';
import { versionResource } from '../methodology-access';
import { MethodologyProblems } from '../methodology-problems';
import { compareSemver } from '../semver';
import { VersionStore } from '../versions/version-store.service';
import { AdaptationLoader, type LoadedAdaptation } from './adaptation-loader.service';
import { withoutApprovals } from './overrides';

const RESOURCE = 'adaptation';

/**
 * The approval flow of an adaptation revision: draft → submitted (coordinator) → approved or
 * rejected (steward). Values inside the rules only need the approval; deviations (outside the
 * range, or a parameter that is not adjustable) need the steward's reason as well. Decided
 * revisions never change: a change is the next revision, possibly on a newer version.
 */
@Injectable()
export class AdaptationDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly store: VersionStore,
    private readonly loader: AdaptationLoader,
  ) {}

  async submit(ctx: ActorContext, id: string, ifMatch: number): Promise<LoadedAdaptation> {
    const { actor } = ctx;
    const loaded = await this.loader.load(ctx, id, 'submit');
    if (loaded.row.status !== 'draft') throw MethodologyProblems.transitionNotAllowed(loaded.row.status, 'submit', ctx.locale);
    // Sorted now, and kept: the steward decides on what was submitted, not on a later reading.
    const review = reviewOverrides(loaded.version, loaded.row.overrides);
    if (review.invalid.length) throw MethodologyProblems.overridesInvalid(review.invalid, ctx.locale);
    return this.transition(loaded, ifMatch, ctx, 'methodology.adaptation.submitted', {
      status: 'submitted',
      review,
      submittedBy: actor.userId,
      submittedAt: new Date(),
    });
  }

  async approve(ctx: ActorContext, id: string, reason: string | undefined, ifMatch: number): Promise<LoadedAdaptation> {
    const { actor } = ctx;
    const loaded = await this.loader.load(ctx, id, 'review');
    if (loaded.row.status !== 'submitted') throw MethodologyProblems.transitionNotAllowed(loaded.row.status, 'approve', ctx.locale);
    const deviations = loaded.row.review?.deviations ?? [];
    // A deviation from the method is accepted for a reason that stays on record.
    if (deviations.length && !reason) throw Problems.invalidFields([{ field: 'reason', rule: 'isNotEmpty' }]);
    const overrides: Record<string, StoredOverride> = { ...loaded.row.overrides };
    for (const deviation of deviations) {
      const override = overrides[deviation.key];
      if (override) overrides[deviation.key] = { ...override, approvedDeviation: true };
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await updateVersioned(
        manager,
        MethodologyAdaptation,
        id,
        ifMatch,
        { status: 'approved', overrides, decidedBy: actor.userId, decidedAt: new Date(), decisionReason: reason ?? null },
        RESOURCE,
      );
      // The revision approved before this one stays on record, no longer in force.
      await manager.query(
        `UPDATE methodology_adaptation SET superseded_at = now(), version = version + 1
          WHERE lineage_id = $1 AND id <> $2 AND status = 'approved' AND superseded_at IS NULL`,
        [row.lineageId, row.id],
      );
      await this.record(manager, loaded, row, ctx, 'methodology.adaptation.approved', {
        deviations: deviations.map((item) => item.key),
        reason: reason ?? null,
      });
      return { ...loaded, row };
    });
  }

  async reject(ctx: ActorContext, id: string, reason: string, ifMatch: number): Promise<LoadedAdaptation> {
    const { actor } = ctx;
    const loaded = await this.loader.load(ctx, id, 'review');
    if (loaded.row.status !== 'submitted') throw MethodologyProblems.transitionNotAllowed(loaded.row.status, 'reject', ctx.locale);
    return this.transition(loaded, ifMatch, ctx, 'methodology.adaptation.rejected', {
      status: 'rejected',
      decidedBy: actor.userId,
      decidedAt: new Date(),
      decisionReason: reason,
    });
  }

  /** What moving this revision to `to` would carry over, leave out of range, or add. */
  async upgradeReport(ctx: ActorContext, id: string, to: string): Promise<AdaptationUpgradeReport> {
    const { actor } = ctx;
    const loaded = await this.loader.load(ctx, id, 'read');
    const target = await this.newerVersion(actor, loaded, to);
    return upgradeReportIn(adaptationUpgradeReport(loaded.version, this.store.toEngine(target.template, target.row), loaded.row.overrides), ctx.locale);
  }

  /**
   * The next revision of a decided one, as a draft: the same overrides (approvals are decided
   * again), or, moving to a newer version, the overrides that carry over, with the report.
   */
  async revise(ctx: ActorContext, id: string, to: string | undefined): Promise<LoadedAdaptation> {
    const { actor } = ctx;
    const loaded = await this.loader.load(ctx, id, 'create');
    const { row } = loaded;
    if (row.status !== 'approved' && row.status !== 'rejected') throw MethodologyProblems.transitionNotAllowed(row.status, 'revise', ctx.locale);
    const target = to && to !== loaded.versionRow.semver ? await this.newerVersion(actor, loaded, to) : null;
    const targetVersion = target ? this.store.toEngine(target.template, target.row) : loaded.version;
    const report = target ? adaptationUpgradeReport(loaded.version, targetVersion, row.overrides) : null;
    const overrides = withoutApprovals(report ? (report.overrides as Record<string, StoredOverride>) : row.overrides);
    return this.dataSource.transaction(async (manager) => {
      const [open] = await manager.query(`SELECT id FROM methodology_adaptation WHERE lineage_id = $1 AND status IN ('draft', 'submitted')`, [row.lineageId]);
      if (open) throw MethodologyProblems.openRevisionExists(open.id);
      const [{ next }] = await manager.query(`SELECT max(revision) + 1 AS next FROM methodology_adaptation WHERE lineage_id = $1`, [row.lineageId]);
      const inserted = await manager.insert(MethodologyAdaptation, {
        lineageId: row.lineageId,
        revision: Number(next),
        previousId: row.id,
        methodologyVersionId: target?.row.id ?? row.methodologyVersionId,
        jurisdictionCode: row.jurisdictionCode,
        jurisdictionId: row.jurisdictionId,
        status: 'draft',
        overrides,
        upgradeReport: report,
        createdBy: actor.userId,
      });
      const created = await manager.findOneByOrFail(MethodologyAdaptation, { id: insertedId(inserted) });
      const nextRevision = { ...loaded, row: created, ...(target ? { template: target.template, versionRow: target.row, version: targetVersion } : {}) };
      await this.record(manager, nextRevision, created, ctx, report ? 'methodology.adaptation.upgraded' : 'methodology.adaptation.revised', {
        from: { id: row.id, revision: row.revision, version: loaded.versionRow.semver },
        ...(report
          ? {
              carried: report.carried.map((item) => item.key),
              outOfRange: report.outOfRange.map((item) => item.key),
              newParameters: report.newParameters.map((item) => item.key),
            }
          : {}),
      });
      return nextRevision;
    });
  }

  private async newerVersion(actor: AuthenticatedActor, loaded: LoadedAdaptation, to: string) {
    const target = await this.store.version(loaded.template.key, to);
    // A draft version does not exist for a city yet.
    if (!can(actor, 'read', versionResource(target.row))) throw Problems.notFound('methodology_version');
    if (target.row.status !== 'published') throw MethodologyProblems.versionNotPublished(to, target.row.status);
    if (compareSemver(to, loaded.versionRow.semver) <= 0) throw MethodologyProblems.upgradeNotNewer(loaded.versionRow.semver, to);
    return target;
  }

  private transition(
    loaded: LoadedAdaptation,
    expected: number,
    ctx: ActorContext,
    type: string,
    changes: Partial<MethodologyAdaptation>,
  ): Promise<LoadedAdaptation> {
    return this.dataSource.transaction(async (manager) => {
      const row = await updateVersioned(manager, MethodologyAdaptation, loaded.row.id, expected, changes, RESOURCE);
      await this.record(manager, loaded, row, ctx, type, { reason: row.decisionReason });
      return { ...loaded, row };
    });
  }

  private record(
    manager: EntityManager,
    loaded: LoadedAdaptation,
    row: MethodologyAdaptation,
    ctx: ActorContext,
    type: string,
    extra: Record<string, unknown>,
  ): Promise<void> {
    const { actor } = ctx;
    return this.events.record(manager, {
      type,
      actor,
      context: ctx,
      subjectType: 'methodology_adaptation',
      subjectId: row.id,
      jurisdiction: { id: row.jurisdictionId, code: row.jurisdictionCode },
      before: loaded.row.id === row.id ? { status: loaded.row.status } : null,
      after: { status: row.status, ...extra },
      payload: {
        adaptationId: row.id,
        lineageId: row.lineageId,
        revision: row.revision,
        status: row.status,
        methodologyKey: loaded.template.key,
        version: loaded.versionRow.semver,
      },
    });
  }
}
