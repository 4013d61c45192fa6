import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext, type AuthenticatedActor, DomainEvents, OrganisationsService, SHARED_STATES } from '@bluecarbon/identity';
import { decodeCursor, JurisdictionDirectory, type Page, Problems, type RequestContext, toPage, updateVersioned } from '@bluecarbon/platform';
import { reviewOverrides } from '../domain/adaptation';
import type { MethodologyVersion } from '../domain/model';
import type { AdaptationListQuery, CreateAdaptationDto, UpdateAdaptationDto } from '../dto/adaptation.dto';
import { MethodologyAdaptation, type StoredOverride } from '../entities/methodology-adaptation.entity';
import { ownJurisdictions, seesEveryDraft } from '../methodology-access';
import { MethodologyProblems } from '../methodology-problems';
import { VersionStore } from '../versions/version-store.service';
import { AdaptationLoader, type LoadedAdaptation } from './adaptation-loader.service';
import { overridesFromList } from './overrides';

const RESOURCE = 'adaptation';
/** Pages by creation time at the precision the cursor carries (JS dates stop at milliseconds). */
const MS_CREATED = "date_trunc('milliseconds', a.created_at)";

/** A jurisdiction adopting a published version and setting its local values. */
@Injectable()
export class AdaptationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly store: VersionStore,
    private readonly loader: AdaptationLoader,
    private readonly jurisdictions: JurisdictionDirectory,
    private readonly organisations: OrganisationsService,
  ) {}

  get(ctx: ActorContext, id: string): Promise<LoadedAdaptation> {
    return this.loader.load(ctx, id, 'read');
  }

  /** Revisions the actor may see: their own city's, everyone's submitted and approved, all for stewards. */
  async list(actor: AuthenticatedActor, query: AdaptationListQuery): Promise<Page<MethodologyAdaptation>> {
    const builder = this.dataSource
      .getRepository(MethodologyAdaptation)
      .createQueryBuilder('a')
      .orderBy(MS_CREATED)
      .addOrderBy('a.id')
      .limit(query.limit + 1);
    if (!seesEveryDraft(actor)) {
      const own = ownJurisdictions(actor);
      builder.andWhere('(a.status IN (:...shared) OR a.jurisdiction_code IN (:...codes) OR a.jurisdiction_id IN (:...ids))', {
        shared: ['submitted', 'approved'].filter((state) => SHARED_STATES.has(state)),
        // IN () is not SQL: a value no row has stands in for an empty list.
        codes: own.codes.length ? own.codes : [''],
        ids: own.ids.length ? own.ids : ['00000000-0000-0000-0000-000000000000'],
      });
    }
    if (query.jurisdictionCode) builder.andWhere('a.jurisdiction_code = :code', { code: query.jurisdictionCode });
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.methodologyKey) {
      builder.andWhere(
        'a.methodology_version_id IN (SELECT v.id FROM methodology_version v JOIN methodology_template t ON t.id = v.template_id WHERE t.key = :key)',
        { key: query.methodologyKey },
      );
    }
    if (query.cursor) {
      const { sortKey, id } = decodeCursor(query.cursor, 'time');
      builder.andWhere(`(${MS_CREATED}, a.id) > (:sortKey::timestamptz, :id::uuid)`, { sortKey, id });
    }
    return toPage(await builder.getMany(), query.limit, (row) => ({ sortKey: row.createdAt.toISOString(), id: row.id }));
  }

  /** The engine view of an adaptation's version, for answers. */
  async versionOf(row: MethodologyAdaptation): Promise<MethodologyVersion> {
    const { template, row: versionRow } = await this.store.byId(row.methodologyVersionId);
    return this.store.toEngine(template, versionRow);
  }

  /** Revision 1 of a new adaptation, as a draft of the caller's (or the named) jurisdiction. */
  async create(ctx: ActorContext, input: CreateAdaptationDto): Promise<LoadedAdaptation> {
    const { actor } = ctx;
    const jurisdiction = await this.resolveJurisdiction(actor, input.jurisdictionCode);
    await this.access.assert(ctx, 'create', { kind: RESOURCE, jurisdictionCode: jurisdiction.code, jurisdictionId: jurisdiction.id });
    const { template, row: versionRow } = await this.store.version(input.methodologyKey, input.version);
    // Only a published version is adopted; a draft is not there for a city at all.
    await this.access.assert(ctx, 'read', { kind: 'methodology', jurisdictionId: null, jurisdictionCode: null, state: versionRow.status }, versionRow.id);
    if (versionRow.status !== 'published') throw MethodologyProblems.versionNotPublished(versionRow.semver, versionRow.status);
    const version = this.store.toEngine(template, versionRow);
    const overrides = overridesFromList(input.overrides ?? []);
    this.assertUsable(version, overrides, ctx);
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(MethodologyAdaptation, {
        id,
        lineageId: id,
        revision: 1,
        methodologyVersionId: versionRow.id,
        jurisdictionCode: jurisdiction.code,
        jurisdictionId: jurisdiction.id,
        status: 'draft',
        overrides,
        createdBy: actor.userId,
      });
      const row = await manager.findOneByOrFail(MethodologyAdaptation, { id });
      await this.events.record(manager, {
        type: 'methodology.adaptation.created',
        actor,
        context: ctx,
        subjectType: 'methodology_adaptation',
        subjectId: id,
        jurisdiction,
        after: { methodologyKey: template.key, version: versionRow.semver, overrides },
        payload: { adaptationId: id, lineageId: id, revision: 1, methodologyKey: template.key, version: versionRow.semver },
      });
      return { row, template, versionRow, version };
    });
  }

  /** Replaces a draft's overrides (If-Match); anything after submission is a new revision. */
  async update(ctx: ActorContext, id: string, input: UpdateAdaptationDto, ifMatch: number): Promise<LoadedAdaptation> {
    const { actor } = ctx;
    const loaded = await this.loader.load(ctx, id, 'update');
    if (loaded.row.status !== 'draft') throw MethodologyProblems.transitionNotAllowed(loaded.row.status, 'update', ctx.locale);
    const overrides = overridesFromList(input.overrides);
    this.assertUsable(loaded.version, overrides, ctx);
    return this.dataSource.transaction(async (manager) => {
      const row = await updateVersioned(manager, MethodologyAdaptation, id, ifMatch, { overrides }, RESOURCE);
      await this.events.record(manager, {
        type: 'methodology.adaptation.updated',
        actor,
        context: ctx,
        subjectType: 'methodology_adaptation',
        subjectId: id,
        jurisdiction: { id: row.jurisdictionId, code: row.jurisdictionCode },
        before: { overrides: loaded.row.overrides },
        after: { overrides },
        payload: { adaptationId: id, lineageId: row.lineageId, revision: row.revision },
      });
      return { ...loaded, row };
    });
  }

  /** Unknown parameters and values of the wrong type are refused at once; deviations are the steward's call. */
  private assertUsable(version: MethodologyVersion, overrides: Record<string, StoredOverride>, ctx: RequestContext): void {
    const { invalid } = reviewOverrides(version, overrides);
    if (invalid.length) throw MethodologyProblems.overridesInvalid(invalid, ctx.locale);
  }

  /** The named jurisdiction, or the caller's own; it must be a partner the portal knows. */
  private async resolveJurisdiction(actor: AuthenticatedActor, requested: string | undefined): Promise<{ id: string | null; code: string }> {
    const own = actor.memberships.find((membership) => membership.organisationKind === 'jurisdiction' && membership.jurisdictionCode);
    const code = requested ?? own?.jurisdictionCode;
    if (!code) throw Problems.invalidFields([{ field: 'jurisdictionCode', rule: 'isDefined' }]);
    // Known to the portal: onboarding has its record, or identity an organisation for it.
    const [jurisdictionId, organisation] = await Promise.all([this.jurisdictions.idOf(code), this.organisations.ofJurisdiction(code)]);
    if (!jurisdictionId && !organisation) throw MethodologyProblems.jurisdictionUnknown(code);
    return { id: jurisdictionId ?? (own?.jurisdictionCode === code ? own.jurisdictionId : null), code };
  }
}
