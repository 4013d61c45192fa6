import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { insertedId } from '@bluecarbon/platform';
import type { SerialStock, VintageAccount } from '../domain/credits';
import { Buyer, FxRate, Retirement, Sale } from '../entities/sale.entity';

/** Named queries on sales, retirements, buyers and FX rates. */
@Injectable()
export class SalesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Issued, buffer, sold and retired tonnes per vintage of a project; pass the transaction's manager to read under its lock. */
  async accounts(projectId: string, manager: EntityManager = this.dataSource.manager): Promise<VintageAccount[]> {
    const rows: { vintage: number; issued: string; buffer: string; sold: string; retired: string }[] = await manager.query(
      `WITH issued AS (SELECT vintage, sum(issued_tonnes) AS issued, sum(buffer_tonnes) AS buffer FROM project_issuance WHERE project_id = $1 GROUP BY vintage),
            sold AS (SELECT vintage, sum(tonnes) AS sold FROM credit_sale WHERE project_id = $1 GROUP BY vintage),
            retired AS (SELECT vintage, sum(tonnes) AS retired FROM credit_retirement WHERE project_id = $1 GROUP BY vintage)
       SELECT i.vintage, i.issued::text, i.buffer::text, coalesce(s.sold, 0)::text AS sold, coalesce(r.retired, 0)::text AS retired
         FROM issued i LEFT JOIN sold s USING (vintage) LEFT JOIN retired r USING (vintage)
        ORDER BY i.vintage`,
      [projectId],
    );
    return rows.map((row) => ({
      vintage: Number(row.vintage),
      issued: Number(row.issued),
      buffer: Number(row.buffer),
      sold: Number(row.sold),
      retired: Number(row.retired),
    }));
  }

  /** Per issuance of the vintage, its saleable serials and the next one no sale took; read it under the project's row lock. */
  async serialStocks(manager: EntityManager, projectId: string, vintage: number): Promise<SerialStock[]> {
    const rows: { prefix: string; next: string; last_saleable: string }[] = await manager.query(
      `SELECT i.serial_prefix AS prefix, (coalesce(max(s.serial_last), i.serial_first - 1) + 1)::text AS next,
              (i.serial_last - i.buffer_tonnes)::text AS last_saleable
         FROM project_issuance i
         LEFT JOIN credit_sale s ON s.project_id = i.project_id AND s.vintage = i.vintage AND s.serial_first BETWEEN i.serial_first AND i.serial_last
        WHERE i.project_id = $1 AND i.vintage = $2
        GROUP BY i.id, i.serial_prefix, i.serial_first, i.serial_last, i.buffer_tonnes
        ORDER BY i.serial_first`,
      [projectId, vintage],
    );
    return rows.map((row) => ({ prefix: row.prefix, next: Number(row.next), lastSaleable: Number(row.last_saleable) }));
  }

  /** The sale's next serial no retirement took; read it under the sale's row lock. */
  async nextRetirementSerial(manager: EntityManager, sale: Sale): Promise<number> {
    const [row]: { next: string }[] = await manager.query(
      `SELECT (coalesce(max(serial_last), $2::bigint - 1) + 1)::text AS next FROM credit_retirement WHERE sale_id = $1`,
      [sale.id, sale.serialFirst],
    );
    return Number(row?.next ?? sale.serialFirst);
  }

  async insertSale(manager: EntityManager, values: Partial<Sale>): Promise<Sale> {
    const inserted = await manager.insert(Sale, values);
    return manager.findOneByOrFail(Sale, { id: insertedId(inserted) });
  }

  findSale(id: string): Promise<Sale | null> {
    return this.dataSource.manager.findOneBy(Sale, { id });
  }

  /** The sale row locked for the transaction (retirements of one sale check one after the other). */
  async lockSale(manager: EntityManager, id: string): Promise<Sale | null> {
    return manager.createQueryBuilder(Sale, 's').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
  }

  async retiredOfSale(manager: EntityManager, saleId: string): Promise<number> {
    const [row]: { retired: string }[] = await manager.query(`SELECT coalesce(sum(tonnes), 0)::text AS retired FROM credit_retirement WHERE sale_id = $1`, [
      saleId,
    ]);
    return Number(row?.retired ?? 0);
  }

  retirementsOfSale(saleId: string): Promise<Retirement[]> {
    return this.dataSource.getRepository(Retirement).find({ where: { saleId }, order: { retiredAt: 'ASC', id: 'ASC' } });
  }

  async insertRetirement(manager: EntityManager, values: Partial<Retirement>): Promise<Retirement> {
    const inserted = await manager.insert(Retirement, values);
    return manager.findOneByOrFail(Retirement, { id: insertedId(inserted) });
  }

  salesOfProject(projectId: string, after: { sortKey: string; id: string } | null, limit: number): Promise<Sale[]> {
    const query = this.dataSource.getRepository(Sale).createQueryBuilder('s').where('s.project_id = :projectId', { projectId });
    if (after) query.andWhere(`(date_trunc('milliseconds', s.created_at), s.id) > (:at::timestamptz, :id::uuid)`, { at: after.sortKey, id: after.id });
    return query
      .orderBy(`date_trunc('milliseconds', s.created_at)`)
      .addOrderBy('s.id')
      .limit(limit + 1)
      .getMany();
  }

  /** The rate on the sale date, or the latest before it. */
  async rateOn(currency: string, date: string): Promise<FxRate | null> {
    return this.dataSource
      .getRepository(FxRate)
      .createQueryBuilder('r')
      .where('r.currency = :currency AND r.rate_date <= :date', { currency, date })
      .orderBy('r.rate_date', 'DESC')
      .getOne();
  }

  findBuyer(id: string): Promise<Buyer | null> {
    return this.dataSource.manager.findOneBy(Buyer, { id });
  }

  async insertBuyer(manager: EntityManager, values: Partial<Buyer>): Promise<Buyer> {
    const inserted = await manager.insert(Buyer, values);
    return manager.findOneByOrFail(Buyer, { id: insertedId(inserted) });
  }

  buyers(after: { sortKey: string; id: string } | null, limit: number): Promise<Buyer[]> {
    const query = this.dataSource.getRepository(Buyer).createQueryBuilder('b');
    if (after) query.where(`(date_trunc('milliseconds', b.created_at), b.id) > (:at::timestamptz, :id::uuid)`, { at: after.sortKey, id: after.id });
    return query
      .orderBy(`date_trunc('milliseconds', b.created_at)`)
      .addOrderBy('b.id')
      .limit(limit + 1)
      .getMany();
  }

  findFxRate(id: string): Promise<FxRate | null> {
    return this.dataSource.manager.findOneBy(FxRate, { id });
  }

  /** Inserts the rates unless one of the same currency and date exists; answers the pairs that clashed. */
  async insertFxRates(manager: EntityManager, rows: Partial<FxRate>[]): Promise<FxRate[]> {
    const created: FxRate[] = [];
    for (const row of rows) {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO fx_rate (currency, rate_date, usd_per_unit, source, created_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (currency, rate_date) DO NOTHING RETURNING id`,
        [row.currency, row.rateDate, row.usdPerUnit, row.source ?? null, row.createdBy ?? null],
      );
      if (inserted[0]) created.push(await manager.findOneByOrFail(FxRate, { id: inserted[0].id }));
    }
    return created;
  }

  fxRates(currency: string | undefined, after: { sortKey: string; id: string } | null, limit: number): Promise<FxRate[]> {
    const query = this.dataSource.getRepository(FxRate).createQueryBuilder('r');
    if (currency) query.andWhere('r.currency = :currency', { currency });
    if (after) query.andWhere('(r.rate_date, r.id) > (:date::date, :id::uuid)', { date: after.sortKey, id: after.id });
    return query
      .orderBy('r.rate_date')
      .addOrderBy('r.id')
      .limit(limit + 1)
      .getMany();
  }
}
