import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext, DomainEvents, OrganisationsService } from '@bluecarbon/identity';
import { decodeCursor, insertedId, type Page, PageQuery, Problems, toPage } from '@bluecarbon/platform';
import type { CreateTemplateDto } from '../dto/template.dto';
import { MethodologyTemplate } from '../entities/methodology-template.entity';
import { templateResource } from '../methodology-access';

@Injectable()
export class TemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly organisations: OrganisationsService,
  ) {}

  async list(query: PageQuery): Promise<Page<MethodologyTemplate>> {
    const builder = this.dataSource
      .getRepository(MethodologyTemplate)
      .createQueryBuilder('t')
      .orderBy('t.key')
      .addOrderBy('t.id')
      .limit(query.limit + 1);
    if (query.cursor) {
      const { sortKey, id } = decodeCursor(query.cursor, 'text');
      builder.where('(t.key, t.id) > (:sortKey, :id)', { sortKey, id });
    }
    return toPage(await builder.getMany(), query.limit, (row) => ({ sortKey: row.key, id: row.id }));
  }

  /** A new methodology; its steward organisation is the caller's unless an admin names one. */
  async create(ctx: ActorContext, input: CreateTemplateDto): Promise<MethodologyTemplate> {
    const { actor } = ctx;
    await this.access.assert(ctx, 'create', templateResource());
    const stewardOrganisationId =
      input.stewardOrganisationId ?? actor.memberships.find((membership) => membership.organisationKind === 'steward')?.organisationId ?? null;
    return this.dataSource.transaction(async (manager) => {
      const [existing] = await manager.query(`SELECT id FROM methodology_template WHERE key = $1`, [input.key]);
      if (existing) throw Problems.conflict('methodology', { existingId: existing.id });
      if (stewardOrganisationId) {
        if (!(await this.organisations.isSteward(stewardOrganisationId, manager))) throw Problems.notFound('organisation');
      }
      const inserted = await manager.insert(MethodologyTemplate, { key: input.key, title: { ...input.title }, stewardOrganisationId, createdBy: actor.userId });
      const created = await manager.findOneByOrFail(MethodologyTemplate, { id: insertedId(inserted) });
      await this.events.record(manager, {
        type: 'methodology.template.created',
        actor,
        context: ctx,
        subjectType: 'methodology_template',
        subjectId: created.id,
        jurisdiction: null,
        after: { key: created.key, title: created.title, stewardOrganisationId },
        payload: { templateId: created.id, key: created.key },
      });
      return created;
    });
  }
}
