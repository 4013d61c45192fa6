import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { insertedId, type LocalizedText, Problems, type RequestContext, updateVersioned } from '@bluecarbon/platform';
import { AccessService } from '../access/access.service';
import { type ActorContext, type AuthenticatedActor } from '../access/actor';
import { type DomainEvent, DomainEvents } from '../events/domain-events';
import { OrganisationsRepository } from '../repositories/organisations.repository';
import type { CreateOrganisationDto, UpdateOrganisationDto } from '../dto/organisation.dto';
import { Organisation } from '../entities/organisation.entity';

const RESOURCE = 'organisation';

/** Who did it and from where; a system write (no actor, no request) names neither. */
type ChangeSource = Pick<DomainEvent, 'actor' | 'context'>;

/** The operator's organisation, as the first admin's command creates it (and the demo names it). */
export const PLATFORM_ORGANISATION_NAME: LocalizedText = {
  en: 'Blue Carbon Portal operations',
  'zh-CN': '蓝碳门户运营',
  'pt-BR': 'Operação do Portal Carbono Azul',
};

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly organisations: OrganisationsRepository,
  ) {}

  /** The directory of organisations is visible to every signed-in user. */
  list(): Promise<Organisation[]> {
    return this.dataSource.getRepository(Organisation).find({ order: { kind: 'ASC', createdAt: 'ASC' } });
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw Problems.notFound(RESOURCE);
    return organisation;
  }

  async create(ctx: ActorContext, input: CreateOrganisationDto): Promise<Organisation> {
    await this.access.assert(ctx, 'administer', { kind: RESOURCE });
    const isJurisdiction = input.kind === 'jurisdiction';
    if (isJurisdiction !== (input.jurisdictionCode !== undefined)) {
      throw Problems.invalidFields([{ field: 'jurisdictionCode', rule: isJurisdiction ? 'isDefined' : 'jurisdictionCodeOnlyForJurisdictions' }]);
    }
    return this.dataSource.transaction((manager) =>
      this.insert(manager, { kind: input.kind, name: { ...input.name }, jurisdictionCode: input.jurisdictionCode ?? null }, { actor: ctx.actor, context: ctx }),
    );
  }

  /**
   * A city's organisation by its jurisdiction code, for libs that file records under it (they
   * never read identity's tables themselves); null when the city has none.
   */
  async ofJurisdiction(
    jurisdictionCode: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ id: string; jurisdictionId: string | null } | null> {
    const organisation = await manager.findOne(Organisation, { where: { kind: 'jurisdiction', jurisdictionCode }, select: { id: true, jurisdictionId: true } });
    return organisation ? { id: organisation.id, jurisdictionId: organisation.jurisdictionId } : null;
  }

  /** Whether `id` is a steward organisation (a methodology's steward must be one). */
  isSteward(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.exists(Organisation, { where: { id, kind: 'steward' } });
  }

  /** The jurisdiction organisation that has this code, locked for the caller's transaction. */
  findByJurisdictionCode(manager: EntityManager, jurisdictionCode: string): Promise<Organisation | null> {
    return manager.findOne(Organisation, { where: { kind: 'jurisdiction', jurisdictionCode }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * A partner's organisation, linked to its Jurisdiction record, inside the caller's
   * transaction (e.g. onboarding accepting an application). The caller has authorised it under
   * its own rule; identity audits it.
   */
  createJurisdictionOrganisation(
    manager: EntityManager,
    actor: AuthenticatedActor | null,
    input: { jurisdictionCode: string; jurisdictionId: string; name: LocalizedText },
    ctx?: RequestContext,
  ): Promise<Organisation> {
    const values = { kind: 'jurisdiction' as const, name: { ...input.name }, jurisdictionCode: input.jurisdictionCode, jurisdictionId: input.jurisdictionId };
    return this.insert(manager, values, { actor, context: ctx });
  }

  /**
   * A buyer's organisation (kind `buyer`, its members bid in credit auctions), inside the
   * caller's transaction: the projects lib registers buyers under its own rule; identity audits it.
   */
  createBuyerOrganisation(
    manager: EntityManager,
    actor: AuthenticatedActor | null,
    input: { name: LocalizedText },
    ctx?: RequestContext,
  ): Promise<Organisation> {
    return this.insert(manager, { kind: 'buyer', name: { ...input.name } }, { actor, context: ctx });
  }

  /**
   * The platform operator's organisation (its members are the admins), created the first time
   * it is needed: a fresh production database has none until its first admin is made.
   * Inside the caller's transaction; `context` says who asked, for the audit entry.
   */
  async platformOrganisation(manager: EntityManager, context: DomainEvent['context']): Promise<Organisation> {
    await this.organisations.lockPlatformFounding(manager);
    const found = await manager.findOne(Organisation, { where: { kind: 'platform' }, order: { createdAt: 'ASC' } });
    return found ?? this.insert(manager, { kind: 'platform', name: { ...PLATFORM_ORGANISATION_NAME } }, { actor: null, context });
  }

  /** Links a jurisdiction organisation to its Jurisdiction record inside the caller's transaction (authorised by the caller). */
  async linkJurisdiction(
    manager: EntityManager,
    actor: AuthenticatedActor | null,
    organisation: Organisation,
    jurisdictionId: string,
    ctx?: RequestContext,
  ): Promise<Organisation> {
    if (organisation.kind !== 'jurisdiction') {
      throw Problems.invalidFields([{ field: 'jurisdictionId', rule: 'jurisdictionCodeOnlyForJurisdictions' }]);
    }
    if (organisation.jurisdictionId === jurisdictionId) return organisation;
    const updated = await updateVersioned(manager, Organisation, organisation.id, organisation.version, { jurisdictionId }, RESOURCE);
    await this.recordUpdate(manager, { actor, context: ctx }, organisation, updated);
    return updated;
  }

  private async insert(manager: EntityManager, values: Partial<Organisation>, source: ChangeSource): Promise<Organisation> {
    const result = await manager.insert(Organisation, values);
    const created = await manager.findOneByOrFail(Organisation, { id: insertedId(result) });
    await this.events.record(manager, {
      ...source,
      type: 'identity.organisation.created',
      subjectType: RESOURCE,
      subjectId: created.id,
      jurisdiction: { id: created.jurisdictionId, code: created.jurisdictionCode },
      after: created,
      payload: { organisationId: created.id, kind: created.kind, name: created.name },
    });
    return created;
  }

  private recordUpdate(manager: EntityManager, source: ChangeSource, before: Organisation, after: Organisation): Promise<void> {
    return this.events.record(manager, {
      ...source,
      type: 'identity.organisation.updated',
      subjectType: RESOURCE,
      subjectId: after.id,
      jurisdiction: { id: after.jurisdictionId, code: after.jurisdictionCode },
      before,
      after,
      payload: { organisationId: after.id, kind: after.kind, name: after.name },
    });
  }

  /**
   * Stewards and coordinators rename their own organisation; only platform admins link the
   * Jurisdiction record, since that decides which city's records its members may write.
   */
  async update(ctx: ActorContext, id: string, input: UpdateOrganisationDto, ifMatch: number): Promise<Organisation> {
    const { actor } = ctx;
    const current = await this.get(id);
    await this.access.assert(ctx, 'update', { kind: RESOURCE, organisationId: id }, id);
    if (input.jurisdictionId !== undefined) {
      await this.access.assert(ctx, 'administer', { kind: RESOURCE, organisationId: id }, id);
      if (current.kind !== 'jurisdiction') {
        throw Problems.invalidFields([{ field: 'jurisdictionId', rule: 'jurisdictionCodeOnlyForJurisdictions' }]);
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<Organisation> = {};
      if (input.name) changes.name = { ...input.name };
      if (input.jurisdictionId !== undefined) changes.jurisdictionId = input.jurisdictionId;
      const updated = await updateVersioned(manager, Organisation, id, ifMatch, changes, RESOURCE);
      await this.recordUpdate(manager, { actor, context: ctx }, current, updated);
      return updated;
    });
  }
}
