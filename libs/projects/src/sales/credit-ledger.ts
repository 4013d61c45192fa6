import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { availableTonnes, saleSerials } from '../domain/credits';
import type { Project } from '../entities/project.entity';
import type { Sale } from '../entities/sale.entity';
import { ProjectsRepository } from '../repositories/projects.repository';
import { SalesRepository } from '../repositories/sales.repository';

export type SaleValues = Pick<Sale, 'vintage' | 'unitPrice' | 'currency' | 'saleDate' | 'buyerId' | 'useOfProceeds' | 'kind' | 'createdBy'> & {
  tonnes: number;
};

/**
 * The one way credits are sold, bilaterally or at an auction's close: inside the caller's
 * transaction, under the project's row lock, the sale takes at most issued − buffer − sold of
 * its vintage, and the next contiguous range of the vintage's serials, so every tonne sold is
 * named once. Concurrent sellers of the last tonnes are served one after the other.
 */
@Injectable()
export class CreditLedger {
  constructor(
    private readonly projects: ProjectsRepository,
    private readonly sales: SalesRepository,
  ) {}

  /** The sale, or the tonnes that were left when there were not enough (nothing is written then). */
  async sell(
    manager: EntityManager,
    project: Pick<Project, 'id' | 'jurisdictionCode' | 'jurisdictionId'>,
    values: SaleValues,
  ): Promise<{ sale: Sale } | { available: number }> {
    await this.projects.lockById(manager, project.id);
    const available = await this.available(manager, project.id, values.vintage);
    if (values.tonnes > available) return { available };
    const serials = saleSerials(await this.sales.serialStocks(manager, project.id, values.vintage), values.tonnes);
    if (!serials) return { available };
    const sale = await this.sales.insertSale(manager, {
      ...values,
      tonnes: String(values.tonnes),
      serialPrefix: serials.prefix,
      serialFirst: String(serials.first),
      serialLast: String(serials.last),
      projectId: project.id,
      jurisdictionCode: project.jurisdictionCode,
      jurisdictionId: project.jurisdictionId,
    });
    return { sale };
  }

  /** Tonnes of the vintage still for sale; under the project's lock when the caller holds it. */
  async available(manager: EntityManager, projectId: string, vintage: number): Promise<number> {
    const account = (await this.sales.accounts(projectId, manager)).find((candidate) => candidate.vintage === vintage);
    return account ? availableTonnes(account) : 0;
  }
}
