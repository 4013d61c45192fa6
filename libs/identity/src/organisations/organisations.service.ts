import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { AuditService, ProblemException, Problems, updateVersioned, versionFromIfMatch } from '@bluecarbon/platform';
import { AccessService } from '../access/access.service';
import { actorFields, type AuthenticatedActor, requestOrigin } from '../access/actor';
import type { CreateOrganisationDto, UpdateOrganisationDto } from '../dto/organisation.dto';
import { Organisation } from '../entities/organisation.entity';

const RESOURCE = 'organisation';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
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

  async create(actor: AuthenticatedActor, input: CreateOrganisationDto, request: FastifyRequest): Promise<Organisation> {
    await this.access.assert(actor, 'administer', { kind: RESOURCE }, request);
    const isJurisdiction = input.kind === 'jurisdiction';
    if (isJurisdiction !== (input.jurisdictionCode !== undefined)) {
      throw new ProblemException(400, 'validation_failed', {
        fieldErrors: [{ field: 'jurisdictionCode', rule: isJurisdiction ? 'isDefined' : 'jurisdictionCodeOnlyForJurisdictions' }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.insert(Organisation, {
        kind: input.kind,
        name: { ...input.name },
        jurisdictionCode: input.jurisdictionCode ?? null,
      });
      const created = await manager.findOneByOrFail(Organisation, { id: result.identifiers[0].id as string });
      await this.audit.record(manager, {
        ...actorFields(actor),
        action: 'identity.organisation.created',
        subjectType: RESOURCE,
        subjectId: created.id,
        after: created,
        ...requestOrigin(request),
      });
      return created;
    });
  }

  /**
   * Stewards and coordinators rename their own organisation; only platform admins link the
   * Jurisdiction record, since that decides which city's records its members may write.
   */
  async update(
    actor: AuthenticatedActor,
    id: string,
    input: UpdateOrganisationDto,
    ifMatch: string | undefined,
    request: FastifyRequest,
  ): Promise<Organisation> {
    const current = await this.get(id);
    await this.access.assert(actor, 'update', { kind: RESOURCE, organisationId: id }, request, id);
    if (input.jurisdictionId !== undefined) {
      await this.access.assert(actor, 'administer', { kind: RESOURCE, organisationId: id }, request, id);
      if (current.kind !== 'jurisdiction') {
        throw new ProblemException(400, 'validation_failed', {
          fieldErrors: [{ field: 'jurisdictionId', rule: 'jurisdictionCodeOnlyForJurisdictions' }],
        });
      }
    }
    const expected = versionFromIfMatch(ifMatch, RESOURCE, current.version);
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<Organisation> = {};
      if (input.name) changes.name = { ...input.name };
      if (input.jurisdictionId !== undefined) changes.jurisdictionId = input.jurisdictionId;
      const updated = await updateVersioned(manager, Organisation, id, expected, changes, RESOURCE);
      await this.audit.record(manager, {
        ...actorFields(actor),
        action: 'identity.organisation.updated',
        subjectType: RESOURCE,
        subjectId: id,
        jurisdictionId: updated.jurisdictionId,
        before: current,
        after: updated,
        ...requestOrigin(request),
      });
      return updated;
    });
  }
}
