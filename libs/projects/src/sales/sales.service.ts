import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext, DomainEvents } from '@bluecarbon/identity';
import { decodeCursor, type Page, type PageQuery, Problems, toPage } from '@bluecarbon/platform';
import { cityRecordResource, projectResource } from '../access/projects-access';
import { isCurrency } from '../domain/credits';
import { ISSUING_STATUSES } from '../domain/project-lifecycle';
import type { CreateRetirementDto, CreateSaleDto } from '../dto/sale.dto';
import type { Sale } from '../entities/sale.entity';
import { ProjectsProblems } from '../projects-problems';
import { SalesRepository } from '../repositories/sales.repository';
import { ProjectsService } from '../projects/projects.service';
import { CreditLedger } from './credit-ledger';
import { type CreditAccountView, type RetirementView, type SaleView, toAccountView, toRetirementView, toSaleView } from './sales-view';

const RESOURCE = 'sale';

/**
 * Bilateral sales of issued credits and their retirement. A sale takes at most what its
 * project and vintage still have (issued − buffer − sold): the check and the insert run in one
 * transaction holding the project's row lock, so concurrent buyers of the last tonnes are
 * served one after the other and the later ones are told 409. Retired tonnes are sold tonnes
 * that never come back: there is no resale, and a retirement takes at most what its sale has
 * not retired yet (under the sale's row lock).
 */
@Injectable()
export class SalesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly projects: ProjectsService,
    private readonly ledger: CreditLedger,
    private readonly sales: SalesRepository,
  ) {}

  async create(ctx: ActorContext, projectId: string, input: CreateSaleDto): Promise<SaleView> {
    const project = await this.projects.load(ctx, projectId, 'read');
    await this.access.assert(ctx, 'create', projectResource(project, RESOURCE), project.id);
    if (!ISSUING_STATUSES.includes(project.status) && project.status !== 'closed') throw ProjectsProblems.projectNotIssuing(project.status, ctx.locale);
    if (!isCurrency(input.currency)) throw Problems.invalidFields([{ field: 'currency', rule: 'currencyCode' }]);
    if (!(await this.sales.findBuyer(input.buyerId))) throw Problems.invalidFields([{ field: 'buyerId', rule: 'knownBuyer' }]);
    const sale = await this.dataSource.transaction(async (manager) => {
      const sold = await this.ledger.sell(manager, project, {
        vintage: input.vintage,
        tonnes: input.tonnes,
        unitPrice: input.unitPrice,
        currency: input.currency,
        saleDate: input.saleDate,
        buyerId: input.buyerId,
        useOfProceeds: input.useOfProceeds,
        kind: 'bilateral',
        createdBy: ctx.actor.userId,
      });
      if (!('sale' in sold)) throw ProjectsProblems.creditsUnavailable(input.vintage, input.tonnes, sold.available);
      const created = sold.sale;
      await this.events.record(manager, {
        type: 'projects.sale.recorded',
        actor: ctx.actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: created.id,
        jurisdiction: { id: project.jurisdictionId, code: project.jurisdictionCode },
        after: { ...created },
        payload: {
          saleId: created.id,
          projectId: project.id,
          vintage: created.vintage,
          tonnes: input.tonnes,
          serials: toSaleView(created, null, 0).serials,
          unitPrice: input.unitPrice,
          currency: input.currency,
        },
      });
      return created;
    });
    return this.view(sale, 0);
  }

  async list(ctx: ActorContext, projectId: string, query: PageQuery): Promise<Page<SaleView>> {
    const project = await this.projects.load(ctx, projectId, 'read');
    // Reading the project is not reading its sales: they name their buyers (a bidder reads the first only).
    await this.access.assert(ctx, 'read', cityRecordResource(project, 'sale'), project.id);
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const page = toPage(await this.sales.salesOfProject(project.id, after, query.limit), query.limit, (row) => ({
      sortKey: row.createdAt.toISOString(),
      id: row.id,
    }));
    const items: SaleView[] = [];
    for (const row of page.items) items.push(await this.view(row, await this.sales.retiredOfSale(this.dataSource.manager, row.id)));
    return { ...page, items };
  }

  async get(ctx: ActorContext, id: string): Promise<SaleView & { retirements: RetirementView[] }> {
    const sale = await this.load(ctx, id, 'read');
    const retirements = await this.sales.retirementsOfSale(sale.id);
    const retired = retirements.reduce((sum, row) => sum + Number(row.tonnes), 0);
    return { ...(await this.view(sale, retired)), retirements: retirements.map((row) => toRetirementView(row, sale)) };
  }

  /** Per vintage: issued, buffer, sold, retired and still available. */
  async accounts(ctx: ActorContext, projectId: string): Promise<CreditAccountView[]> {
    const project = await this.projects.load(ctx, projectId, 'read');
    return (await this.sales.accounts(project.id)).map(toAccountView);
  }

  async retire(ctx: ActorContext, saleId: string, input: CreateRetirementDto): Promise<RetirementView> {
    const sale = await this.load(ctx, saleId, 'read');
    await this.access.assert(ctx, 'create', cityRecordResource(sale, 'retirement'), sale.id);
    return this.dataSource.transaction(async (manager) => {
      await this.sales.lockSale(manager, sale.id);
      const left = Number(sale.tonnes) - (await this.sales.retiredOfSale(manager, sale.id));
      if (input.tonnes > left) throw ProjectsProblems.retirementExceedsSale(input.tonnes, left);
      // The sale's next serials, under its lock: a retired serial is retired once and was sold once.
      const first = await this.sales.nextRetirementSerial(manager, sale);
      const retirement = await this.sales.insertRetirement(manager, {
        saleId: sale.id,
        projectId: sale.projectId,
        jurisdictionCode: sale.jurisdictionCode,
        vintage: sale.vintage,
        tonnes: String(input.tonnes),
        beneficiary: input.beneficiary,
        purpose: input.purpose ?? null,
        serialFirst: String(first),
        serialLast: String(first + input.tonnes - 1),
        createdBy: ctx.actor.userId,
      });
      const view = toRetirementView(retirement, sale);
      await this.events.record(manager, {
        type: 'projects.credits.retired',
        actor: ctx.actor,
        context: ctx,
        subjectType: 'retirement',
        subjectId: retirement.id,
        jurisdiction: { id: sale.jurisdictionId, code: sale.jurisdictionCode },
        after: view,
        payload: {
          retirementId: retirement.id,
          saleId: sale.id,
          projectId: sale.projectId,
          vintage: sale.vintage,
          tonnes: input.tonnes,
          serials: view.serials,
          beneficiary: input.beneficiary,
        },
      });
      return view;
    });
  }

  private async load(ctx: ActorContext, id: string, action: 'read'): Promise<Sale> {
    const sale = await this.sales.findSale(id);
    if (!sale) throw Problems.notFound(RESOURCE);
    // A sale has no lifecycle: it is visible wherever its project is not a draft.
    await this.access.assert(ctx, action, cityRecordResource(sale, RESOURCE), sale.id);
    return sale;
  }

  private async view(sale: Sale, retired: number): Promise<SaleView> {
    return toSaleView(sale, await this.sales.rateOn(sale.currency, sale.saleDate), retired);
  }
}
