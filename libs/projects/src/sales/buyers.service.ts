import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext, DomainEvents } from '@bluecarbon/identity';
import { decodeCursor, type Page, type PageQuery, Problems, toPage, updateVersioned } from '@bluecarbon/platform';
import { sharedResource } from '../access/projects-access';
import type { CreateBuyerDto, UpdateBuyerDto } from '../dto/sale.dto';
import { Buyer } from '../entities/sale.entity';
import { SalesRepository } from '../repositories/sales.repository';
import { type BuyerView, toBuyerView } from './sales-view';

const RESOURCE = 'buyer';

/** The shared directory of buyers: the steward keeps it; cities name a buyer when they record a sale. */
@Injectable()
export class BuyersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly sales: SalesRepository,
  ) {}

  async create(ctx: ActorContext, input: CreateBuyerDto): Promise<BuyerView> {
    await this.access.assert(ctx, 'create', sharedResource(RESOURCE));
    return this.dataSource.transaction(async (manager) => {
      const created = await this.sales.insertBuyer(manager, {
        name: input.name,
        country: input.country ?? null,
        contactEmail: input.contactEmail ?? null,
        publicConsent: input.publicConsent ?? false,
        createdBy: ctx.actor.userId,
      });
      await this.record(manager, ctx, 'projects.buyer.created', created, null);
      return toBuyerView(created);
    });
  }

  async list(ctx: ActorContext, query: PageQuery): Promise<Page<BuyerView>> {
    await this.access.assert(ctx, 'read', sharedResource(RESOURCE));
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const page = toPage(await this.sales.buyers(after, query.limit), query.limit, (row) => ({ sortKey: row.createdAt.toISOString(), id: row.id }));
    return { ...page, items: page.items.map(toBuyerView) };
  }

  async get(ctx: ActorContext, id: string): Promise<BuyerView> {
    await this.access.assert(ctx, 'read', sharedResource(RESOURCE), id);
    const buyer = await this.sales.findBuyer(id);
    if (!buyer) throw Problems.notFound(RESOURCE);
    return toBuyerView(buyer);
  }

  async update(ctx: ActorContext, id: string, input: UpdateBuyerDto, ifMatch: number): Promise<BuyerView> {
    await this.access.assert(ctx, 'update', sharedResource(RESOURCE), id);
    const current = await this.sales.findBuyer(id);
    if (!current) throw Problems.notFound(RESOURCE);
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<Buyer> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.country !== undefined) changes.country = input.country;
      if (input.contactEmail !== undefined) changes.contactEmail = input.contactEmail;
      if (input.publicConsent !== undefined) changes.publicConsent = input.publicConsent;
      const updated = await updateVersioned(manager, Buyer, id, ifMatch, changes, RESOURCE);
      await this.record(manager, ctx, 'projects.buyer.updated', updated, current);
      return toBuyerView(updated);
    });
  }

  private record(manager: EntityManager, ctx: ActorContext, type: string, row: Buyer, before: Buyer | null): Promise<void> {
    return this.events.record(manager, {
      type,
      actor: ctx.actor,
      context: ctx,
      subjectType: RESOURCE,
      subjectId: row.id,
      jurisdiction: null,
      before: before ? toBuyerView(before) : null,
      after: toBuyerView(row),
      payload: { buyerId: row.id },
    });
  }
}
