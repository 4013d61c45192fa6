import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type Action, type ActorContext } from '@bluecarbon/identity';
import { Problems } from '@bluecarbon/platform';
import type { MethodologyVersion } from '../domain/model';
import { MethodologyAdaptation } from '../entities/methodology-adaptation.entity';
import type { MethodologyTemplate } from '../entities/methodology-template.entity';
import type { MethodologyVersionRow } from '../entities/methodology-version.entity';
import { adaptationResource } from '../methodology-access';
import { VersionStore } from '../versions/version-store.service';

export interface LoadedAdaptation {
  row: MethodologyAdaptation;
  template: MethodologyTemplate;
  versionRow: MethodologyVersionRow;
  version: MethodologyVersion;
}

/** One revision with the version it adapts, after the policy said the actor may do `action` to it. */
@Injectable()
export class AdaptationLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly store: VersionStore,
  ) {}

  async load(ctx: ActorContext, id: string, action: Action): Promise<LoadedAdaptation> {
    const row = await this.dataSource.getRepository(MethodologyAdaptation).findOneBy({ id });
    if (!row) throw Problems.notFound('adaptation');
    // Another city's draft is 404 (it does not exist for them); a write on a visible one is 403.
    await this.access.assert(ctx, action, adaptationResource(row), row.id);
    const { template, row: versionRow } = await this.store.byId(row.methodologyVersionId);
    return { row, template, versionRow, version: this.store.toEngine(template, versionRow) };
  }
}
