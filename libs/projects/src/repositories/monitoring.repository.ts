import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { insertedId } from '@bluecarbon/platform';
import { Issuance } from '../entities/issuance.entity';
import { MonitoringReport } from '../entities/monitoring-report.entity';

/** Named queries on monitoring reports and issuances. */
@Injectable()
export class MonitoringRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<MonitoringReport | null> {
    return this.dataSource.manager.findOneBy(MonitoringReport, { id });
  }

  async insert(manager: EntityManager, values: Partial<MonitoringReport>): Promise<MonitoringReport> {
    const inserted = await manager.insert(MonitoringReport, values as never);
    return manager.findOneByOrFail(MonitoringReport, { id: insertedId(inserted) });
  }

  /**
   * Another report of the project whose period shares a day with this one. Run it under the
   * project's row lock: two writers of the same project then check one after the other.
   */
  async overlapping(manager: EntityManager, projectId: string, period: { start: string; end: string }, except: string | null): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM project_monitoring_report
        WHERE project_id = $1 AND period_start <= $3::date AND $2::date <= period_end AND ($4::uuid IS NULL OR id <> $4::uuid)
        LIMIT 1`,
      [projectId, period.start, period.end, except],
    );
    return rows[0]?.id ?? null;
  }

  /** The project's approved reports before `start`, in order: the calculator's earlier monitoring periods. */
  approvedBefore(projectId: string, start: string): Promise<MonitoringReport[]> {
    return this.dataSource
      .getRepository(MonitoringReport)
      .createQueryBuilder('r')
      .where(`r.project_id = :projectId AND r.status = 'approved' AND r.period_end < :start::date`, { projectId, start })
      .orderBy('r.period_start')
      .getMany();
  }

  listOfProject(projectId: string, after: { sortKey: string; id: string } | null, limit: number): Promise<MonitoringReport[]> {
    const query = this.dataSource.getRepository(MonitoringReport).createQueryBuilder('r').where('r.project_id = :projectId', { projectId });
    if (after) query.andWhere('(r.period_start, r.id) > (:start::date, :id::uuid)', { start: after.sortKey, id: after.id });
    return query
      .orderBy('r.period_start')
      .addOrderBy('r.id')
      .limit(limit + 1)
      .getMany();
  }

  async insertIssuance(manager: EntityManager, values: Partial<Issuance>): Promise<Issuance> {
    const inserted = await manager.insert(Issuance, values);
    return manager.findOneByOrFail(Issuance, { id: insertedId(inserted) });
  }

  /** Issuances of a project by vintage, then serial. */
  issuancesOfProject(projectId: string, after: { sortKey: string; id: string } | null, limit: number): Promise<Issuance[]> {
    const query = this.dataSource.getRepository(Issuance).createQueryBuilder('i').where('i.project_id = :projectId', { projectId });
    if (after) query.andWhere('(i.serial_first, i.id) > (:first::bigint, :id::uuid)', { first: after.sortKey, id: after.id });
    return query
      .orderBy('i.serial_first')
      .addOrderBy('i.id')
      .limit(limit + 1)
      .getMany();
  }
}
