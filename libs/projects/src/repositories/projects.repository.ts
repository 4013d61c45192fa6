import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { insertedId } from '@bluecarbon/platform';
import type { Visibility } from '../access/projects-access';
import { Project } from '../entities/project.entity';

/** Named queries on `project`; the rules are the service's. */
@Injectable()
export class ProjectsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Project | null> {
    return manager.findOneBy(Project, { id });
  }

  /** The row, locked until the transaction ends (issuance and sales check its state under it). */
  async lockById(manager: EntityManager, id: string): Promise<Project | null> {
    return manager.createQueryBuilder(Project, 'p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
  }

  async insert(manager: EntityManager, values: Partial<Project>): Promise<Project> {
    const inserted = await manager.insert(Project, values);
    return manager.findOneByOrFail(Project, { id: insertedId(inserted) });
  }

  /** One page in creation order (keyset on created_at, id) of the projects `visibility` allows. */
  listVisible(visibility: Visibility, filter: { jurisdictionCode?: string }, after: { sortKey: string; id: string } | null, limit: number): Promise<Project[]> {
    const query = this.dataSource.getRepository(Project).createQueryBuilder('p');
    if (!visibility.everything) {
      query.andWhere('(p.status IN (:...shared) OR p.jurisdiction_code IN (:...codes) OR p.jurisdiction_id IN (:...ids))', {
        shared: visibility.sharedStates,
        // IN () is not SQL: a value no row has stands for "none".
        codes: visibility.ownCodes.length ? visibility.ownCodes : [''],
        ids: visibility.ownIds.length ? visibility.ownIds : ['00000000-0000-0000-0000-000000000000'],
      });
    }
    if (filter.jurisdictionCode) query.andWhere('p.jurisdiction_code = :code', { code: filter.jurisdictionCode });
    if (after) query.andWhere(`(date_trunc('milliseconds', p.created_at), p.id) > (:at::timestamptz, :id::uuid)`, { at: after.sortKey, id: after.id });
    return query
      .orderBy(`date_trunc('milliseconds', p.created_at)`)
      .addOrderBy('p.id')
      .limit(limit + 1)
      .getMany();
  }
}
