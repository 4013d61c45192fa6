import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext, DomainEvents } from '@bluecarbon/identity';
import { decodeCursor, type Page, Problems, toPage, updateVersioned } from '@bluecarbon/platform';
import { sharedResource } from '../access/projects-access';
import { isCurrency, parseFxCsv } from '../domain/credits';
import type { CreateFxRateDto, FxRateQuery, ImportFxRatesDto, UpdateFxRateDto } from '../dto/sale.dto';
import { FxRate } from '../entities/sale.entity';
import { ProjectsProblems } from '../projects-problems';
import { SalesRepository } from '../repositories/sales.repository';
import { type FxRateView, toFxRateView } from './sales-view';

const RESOURCE = 'fx_rate';

/** US dollars per unit of each currency by date, entered or imported by the steward, so prices compare. */
@Injectable()
export class FxRatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly sales: SalesRepository,
  ) {}

  async create(ctx: ActorContext, input: CreateFxRateDto): Promise<FxRateView> {
    await this.access.assert(ctx, 'create', sharedResource(RESOURCE));
    if (!isCurrency(input.currency)) throw Problems.invalidFields([{ field: 'currency', rule: 'currencyCode' }]);
    return this.dataSource.transaction(async (manager) => {
      const [created] = await this.sales.insertFxRates(manager, [
        { currency: input.currency, rateDate: input.date, usdPerUnit: input.usdPerUnit, source: input.source ?? null, createdBy: ctx.actor.userId },
      ]);
      if (!created) throw ProjectsProblems.fxRateExists(input.currency, input.date);
      await this.record(manager, ctx, 'projects.fx_rate.created', created, null);
      return toFxRateView(created);
    });
  }

  /** Every line checked first: one bad line imports nothing; rates already entered are kept, and counted. */
  async import(ctx: ActorContext, input: ImportFxRatesDto): Promise<{ imported: number; skipped: number }> {
    await this.access.assert(ctx, 'create', sharedResource(RESOURCE));
    const { rows, issues } = parseFxCsv(input.csv);
    if (issues.length) throw Problems.invalidFields(issues.map((issue) => ({ field: `csv[${issue.line}]`, rule: issue.rule })));
    return this.dataSource.transaction(async (manager) => {
      const created = await this.sales.insertFxRates(
        manager,
        rows.map((row) => ({ currency: row.currency, rateDate: row.date, usdPerUnit: row.usdPerUnit, source: row.source, createdBy: ctx.actor.userId })),
      );
      for (const rate of created) await this.record(manager, ctx, 'projects.fx_rate.imported', rate, null);
      return { imported: created.length, skipped: rows.length - created.length };
    });
  }

  async list(ctx: ActorContext, query: FxRateQuery): Promise<Page<FxRateView>> {
    await this.access.assert(ctx, 'read', sharedResource(RESOURCE));
    // Dates travel as times in the cursor, so that a forged one is refused before SQL casts it.
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const rows = await this.sales.fxRates(query.currency, after && { sortKey: after.sortKey.slice(0, 10), id: after.id }, query.limit);
    const page = toPage(rows, query.limit, (row) => ({ sortKey: `${row.rateDate}T00:00:00.000Z`, id: row.id }));
    return { ...page, items: page.items.map(toFxRateView) };
  }

  async get(ctx: ActorContext, id: string): Promise<FxRateView> {
    await this.access.assert(ctx, 'read', sharedResource(RESOURCE), id);
    const rate = await this.sales.findFxRate(id);
    if (!rate) throw Problems.notFound(RESOURCE);
    return toFxRateView(rate);
  }

  async update(ctx: ActorContext, id: string, input: UpdateFxRateDto, ifMatch: number): Promise<FxRateView> {
    await this.access.assert(ctx, 'update', sharedResource(RESOURCE), id);
    const current = await this.sales.findFxRate(id);
    if (!current) throw Problems.notFound(RESOURCE);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateVersioned(
        manager,
        FxRate,
        id,
        ifMatch,
        { usdPerUnit: input.usdPerUnit, ...(input.source !== undefined ? { source: input.source } : {}) },
        RESOURCE,
      );
      await this.record(manager, ctx, 'projects.fx_rate.updated', updated, current);
      return toFxRateView(updated);
    });
  }

  private record(manager: EntityManager, ctx: ActorContext, type: string, row: FxRate, before: FxRate | null): Promise<void> {
    return this.events.record(manager, {
      type,
      actor: ctx.actor,
      context: ctx,
      subjectType: RESOURCE,
      subjectId: row.id,
      jurisdiction: null,
      before: before ? toFxRateView(before) : null,
      after: toFxRateView(row),
      payload: { fxRateId: row.id, currency: row.currency, date: row.rateDate, usdPerUnit: row.usdPerUnit },
    });
  }
}
