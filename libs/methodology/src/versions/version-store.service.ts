import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Problems } from '@bluecarbon/platform';
import type { MethodologyVersion } from '../domain/model';
import { MethodologyTemplate } from '../entities/methodology-template.entity';
import { MethodologyVersionRow } from '../entities/methodology-version.entity';

const ENGINE_CACHE_LIMIT = 200;

/**
 * Loads templates and versions and turns rows into the engine's MethodologyVersion. Published
 * versions never change, so their engine objects are kept: the engine caches compiled
 * formulas per object, and a calculation then skips parsing and checking the method.
 */
@Injectable()
export class VersionStore {
  private readonly published = new Map<string, MethodologyVersion>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async template(key: string, manager: EntityManager = this.dataSource.manager): Promise<MethodologyTemplate> {
    const template = await manager.findOneBy(MethodologyTemplate, { key });
    if (!template) throw Problems.notFound('methodology');
    return template;
  }

  async version(
    key: string,
    semver: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ template: MethodologyTemplate; row: MethodologyVersionRow }> {
    const template = await this.template(key, manager);
    const row = await manager.findOneBy(MethodologyVersionRow, { templateId: template.id, semver });
    if (!row) throw Problems.notFound('methodology_version');
    return { template, row };
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<{ template: MethodologyTemplate; row: MethodologyVersionRow }> {
    const row = await manager.findOneByOrFail(MethodologyVersionRow, { id });
    const template = await manager.findOneByOrFail(MethodologyTemplate, { id: row.templateId });
    return { template, row };
  }

  async versionsOf(templateId: string): Promise<MethodologyVersionRow[]> {
    return this.dataSource.getRepository(MethodologyVersionRow).find({ where: { templateId }, order: { createdAt: 'ASC' } });
  }

  /** The engine's view of a version row. */
  toEngine(template: MethodologyTemplate, row: MethodologyVersionRow): MethodologyVersion {
    if (row.status === 'draft') return engineVersion(template.key, row);
    const cacheKey = `${row.id}:${row.checksum}`;
    let version = this.published.get(cacheKey);
    if (!version) {
      if (this.published.size >= ENGINE_CACHE_LIMIT) this.published.clear();
      version = engineVersion(template.key, row);
      this.published.set(cacheKey, version);
    }
    return version;
  }
}

export function engineVersion(key: string, row: MethodologyVersionRow): MethodologyVersion {
  return {
    methodologyKey: key,
    version: row.semver,
    title: row.title,
    description: row.description,
    sections: row.sections,
    parameters: row.parameters,
    inputs: row.inputs,
    constants: row.constants,
    formulas: row.formulas,
    creditableFormula: row.creditableFormula,
  };
}

/** The content columns of a version, from the engine's shape. */
export function contentColumns(version: Omit<MethodologyVersion, 'methodologyKey' | 'version'>): Partial<MethodologyVersionRow> {
  return {
    title: version.title,
    description: version.description,
    sections: version.sections ?? {},
    parameters: version.parameters,
    inputs: version.inputs,
    constants: version.constants,
    formulas: version.formulas,
    creditableFormula: version.creditableFormula,
  };
}
