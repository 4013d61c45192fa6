import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext, type AuthenticatedActor } from '@bluecarbon/identity';
import { decodeCursor, insertedId, type Page, Problems, toPage, updateVersioned } from '@bluecarbon/platform';
import { canSeeOnboarding, seesAllPartners } from '../access/onboarding-access';
import type { CreateJurisdictionDto, JurisdictionQuery, UpdateJurisdictionDto } from '../dto/jurisdiction.dto';
import { Jurisdiction } from '../entities/jurisdiction.entity';
import { OnboardingEvents } from '../onboarding-events.service';
import { JurisdictionsRepository } from '../repositories/jurisdictions.repository';

const RESOURCE = 'jurisdiction';

export const partnerOf = (jurisdiction: Pick<Jurisdiction, 'id' | 'code'>) => ({ jurisdictionId: jurisdiction.id, jurisdictionCode: jurisdiction.code });

@Injectable()
export class JurisdictionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: OnboardingEvents,
    private readonly jurisdictions: JurisdictionsRepository,
  ) {}

  /**
   * Active partners are listed to everyone signed in; prospects, applicants and cities still
   * onboarding only to the steward, observers and the city itself.
   */
  async list(actor: AuthenticatedActor, query: JurisdictionQuery): Promise<Page<Jurisdiction>> {
    const builder = this.dataSource
      .getRepository(Jurisdiction)
      .createQueryBuilder('j')
      .orderBy('j.code')
      .addOrderBy('j.id')
      .take(query.limit + 1);
    if (query.country) builder.andWhere('j.country = :country', { country: query.country });
    if (query.status) builder.andWhere('j.status = :status', { status: query.status });
    if (!seesAllPartners(actor)) {
      const codes = actor.memberships.map((membership) => membership.jurisdictionCode).filter((code): code is string => code !== null);
      builder.andWhere(`(j.status = 'active' OR j.code = ANY(:codes))`, { codes });
    }
    if (query.cursor) {
      const { sortKey, id } = decodeCursor(query.cursor, 'text');
      builder.andWhere('(j.code, j.id) > (:sortKey, :id)', { sortKey, id });
    }
    return toPage(await builder.getMany(), query.limit, (row) => ({ sortKey: row.code, id: row.id }));
  }

  async get(ctx: ActorContext, id: string): Promise<Jurisdiction> {
    const { actor } = ctx;
    const jurisdiction = await this.dataSource.getRepository(Jurisdiction).findOneBy({ id });
    if (!jurisdiction) throw Problems.notFound(RESOURCE);
    if (jurisdiction.status !== 'active' && !canSeeOnboarding(actor, partnerOf(jurisdiction))) {
      await this.access.recordDenial(ctx, { action: 'read', resource: RESOURCE, subjectId: id, decision: 'not_found' });
      throw Problems.notFound(RESOURCE);
    }
    return jurisdiction;
  }

  async create(ctx: ActorContext, input: CreateJurisdictionDto): Promise<Jurisdiction> {
    const { actor } = ctx;
    await this.access.assert(ctx, 'create', { kind: RESOURCE });
    return this.dataSource.transaction(async (manager) => {
      const parentId = input.parentCode ? await this.parentId(manager, input.parentCode) : null;
      if (await this.jurisdictions.exists(manager, input.code)) throw Problems.conflict(RESOURCE, { code: input.code });
      const inserted = await manager.insert(Jurisdiction, {
        code: input.code,
        name: { ...input.name },
        level: input.level,
        parentId,
        country: input.country,
        primaryLocale: input.primaryLocale,
        timeZone: input.timeZone,
        status: input.status ?? 'prospect',
      });
      const created = await manager.findOneByOrFail(Jurisdiction, { id: insertedId(inserted) });
      await this.events.record(manager, {
        type: 'onboarding.jurisdiction.created',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: created.id,
        partner: partnerOf(created),
        after: created,
        payload: { status: created.status },
      });
      return created;
    });
  }

  async update(ctx: ActorContext, id: string, input: UpdateJurisdictionDto, ifMatch: number): Promise<Jurisdiction> {
    const { actor } = ctx;
    const current = await this.get(ctx, id);
    await this.access.assert(ctx, 'update', { kind: RESOURCE }, id);
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<Jurisdiction> = {};
      if (input.name) changes.name = { ...input.name };
      if (input.primaryLocale) changes.primaryLocale = input.primaryLocale;
      if (input.timeZone) changes.timeZone = input.timeZone;
      if (input.status) changes.status = input.status;
      const updated = await updateVersioned(manager, Jurisdiction, id, ifMatch, changes, RESOURCE);
      await this.events.record(manager, {
        type: 'onboarding.jurisdiction.updated',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: id,
        partner: partnerOf(updated),
        before: current,
        after: updated,
        payload: { status: updated.status },
      });
      return updated;
    });
  }

  private async parentId(manager: EntityManager, code: string): Promise<string> {
    const parentId = await this.jurisdictions.idByCode(manager, code);
    if (!parentId) throw Problems.invalidFields([{ field: 'parentCode', rule: 'invalid' }]);
    return parentId;
  }
}
