import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type Action, type ActorContext, type AuthenticatedActor, can, DomainEvents } from '@bluecarbon/identity';
import { insertedId, Problems, updateVersioned } from '@bluecarbon/platform';
import { versionChecksum } from '../domain/checksum';
import { type DiffValidation, diffVersions, type VersionDiff } from '../domain/diff';
import type { MethodologyVersion } from '../domain/model';
import { validateVersion } from '../domain/validate';
import type { CreateVersionDto, UpdateVersionDto } from '../dto/version.dto';
import type { MethodologyTemplate } from '../entities/methodology-template.entity';
import { MethodologyVersionRow } from '../entities/methodology-version.entity';
import { templateResource, versionResource } from '../methodology-access';
import { inLanguage, MethodologyProblems } from '../methodology-problems';
import { compareSemver } from '../semver';
import { contentColumns, engineVersion, VersionStore } from './version-store.service';

const RESOURCE = 'methodology_version';

export interface LoadedVersion {
  template: MethodologyTemplate;
  row: MethodologyVersionRow;
}

/** Versions of a methodology: drafts edited by stewards, published once and then frozen. */
@Injectable()
export class VersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly store: VersionStore,
  ) {}

  /** The versions the actor may see: drafts only for those who write the shared model. */
  async visibleVersions(actor: AuthenticatedActor, template: MethodologyTemplate): Promise<MethodologyVersionRow[]> {
    const rows = await this.store.versionsOf(template.id);
    return rows.filter((row) => can(actor, 'read', versionResource(row))).sort((a, b) => compareSemver(a.semver, b.semver));
  }

  /** A version the actor may read (a draft is 404 outside the stewards, and the refusal is audited). */
  async get(ctx: ActorContext, key: string, semver: string): Promise<LoadedVersion> {
    const loaded = await this.store.version(key, semver);
    await this.access.assert(ctx, 'read', versionResource(loaded.row), loaded.row.id);
    return loaded;
  }

  async createDraft(ctx: ActorContext, key: string, input: CreateVersionDto): Promise<LoadedVersion> {
    const { actor } = ctx;
    const template = await this.store.template(key);
    await this.access.assert(ctx, 'create', templateResource(), template.id);
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.find(MethodologyVersionRow, { where: { templateId: template.id } });
      const taken = rows.find((row) => row.semver === input.version);
      if (taken) throw Problems.conflict(RESOURCE, { existingVersion: taken.semver, existingStatus: taken.status });
      const base = input.basedOn
        ? rows.find((row) => row.semver === input.basedOn && can(actor, 'read', versionResource(row)))
        : rows.filter((row) => row.status === 'published').sort((a, b) => compareSemver(b.semver, a.semver))[0];
      if (input.basedOn && !base) throw Problems.notFound(RESOURCE);
      const content = input.content ? { ...input.content, sections: input.content.sections ?? {} } : base ? engineVersion(key, base) : null;
      if (!content) throw Problems.notFound(RESOURCE);
      const inserted = await manager.insert(MethodologyVersionRow, {
        templateId: template.id,
        semver: input.version,
        status: 'draft',
        ...contentColumns(structuredClone(content) as unknown as MethodologyVersion),
        createdBy: actor.userId,
      });
      const row = await manager.findOneByOrFail(MethodologyVersionRow, { id: insertedId(inserted) });
      await this.events.record(manager, {
        type: 'methodology.version.drafted',
        actor,
        context: ctx,
        subjectType: 'methodology_version',
        subjectId: row.id,
        jurisdiction: null,
        after: { key, version: row.semver, basedOn: input.content ? null : (base?.semver ?? null) },
        payload: { templateId: template.id, key, version: row.semver },
      });
      return { template, row };
    });
  }

  async updateDraft(ctx: ActorContext, key: string, semver: string, input: UpdateVersionDto, ifMatch: number): Promise<LoadedVersion> {
    const { actor } = ctx;
    const { template, row } = await this.writable(ctx, key, semver, 'update');
    return this.dataSource.transaction(async (manager) => {
      const content = { ...input.content, sections: input.content.sections ?? {} } as unknown as MethodologyVersion;
      const updated = await updateVersioned(manager, MethodologyVersionRow, row.id, ifMatch, contentColumns(structuredClone(content)), RESOURCE);
      await this.events.record(manager, {
        type: 'methodology.version.updated',
        actor,
        context: ctx,
        subjectType: 'methodology_version',
        subjectId: row.id,
        jurisdiction: null,
        before: { content: engineVersion(key, row) },
        after: { content: engineVersion(key, updated) },
        payload: { templateId: template.id, key, version: semver },
      });
      return { template, row: updated };
    });
  }

  /** Runs the engine's full check (every issue, with its path) and freezes the content under its checksum. */
  async publish(ctx: ActorContext, key: string, semver: string, ifMatch: number): Promise<LoadedVersion> {
    const { actor } = ctx;
    const { template, row } = await this.writable(ctx, key, semver, 'publish');
    const version = engineVersion(key, row);
    const { issues } = validateVersion(version);
    if (issues.length) throw MethodologyProblems.versionInvalid(issues, ctx.locale);
    const checksum = versionChecksum(version);
    return this.dataSource.transaction(async (manager) => {
      const published = await updateVersioned(
        manager,
        MethodologyVersionRow,
        row.id,
        ifMatch,
        { status: 'published', checksum, publishedAt: new Date(), publishedBy: actor.userId },
        RESOURCE,
      );
      await this.events.record(manager, {
        type: 'methodology.version.published',
        actor,
        context: ctx,
        subjectType: 'methodology_version',
        subjectId: row.id,
        jurisdiction: null,
        after: { key, version: semver, checksum },
        payload: { templateId: template.id, key, version: semver, checksum },
      });
      return { template, row: published };
    });
  }

  /** A published version stays readable and calculable, but is no longer offered for new adaptations. */
  async deprecate(ctx: ActorContext, key: string, semver: string, ifMatch: number): Promise<LoadedVersion> {
    const { actor } = ctx;
    const { template, row } = await this.store.version(key, semver);
    await this.access.assert(ctx, 'publish', versionResource(row), row.id);
    if (row.status !== 'published') throw MethodologyProblems.versionNotPublished(semver, row.status);
    return this.dataSource.transaction(async (manager) => {
      const deprecated = await updateVersioned(manager, MethodologyVersionRow, row.id, ifMatch, { status: 'deprecated', deprecatedAt: new Date() }, RESOURCE);
      await this.events.record(manager, {
        type: 'methodology.version.deprecated',
        actor,
        context: ctx,
        subjectType: 'methodology_version',
        subjectId: row.id,
        jurisdiction: null,
        after: { key, version: semver },
        payload: { templateId: template.id, key, version: semver },
      });
      return { template, row: deprecated };
    });
  }

  /** What changed between two versions the actor can see. A draft that cannot be read as a method answers 422. */
  /** Drafts that do not validate yet compare too: the answer then carries each side's issues, in the caller's language. */
  async diff(ctx: ActorContext, key: string, from: string, to: string): Promise<VersionDiff> {
    const before = await this.get(ctx, key, from);
    const after = await this.get(ctx, key, to);
    const older = this.store.toEngine(before.template, before.row);
    const newer = this.store.toEngine(after.template, after.row);
    // Published content passed validation when it was frozen; only drafts need it again.
    const check = (row: MethodologyVersionRow, version: MethodologyVersion): DiffValidation => {
      if (row.status !== 'draft') return { valid: true, issues: [] };
      const { valid, issues } = validateVersion(version);
      return { valid, issues: issues.map((issue) => ({ code: issue.code, path: issue.path, message: inLanguage(ctx.locale, issue.text) })) };
    };
    return diffVersions(older, newer, { from: check(before.row, older), to: check(after.row, newer) });
  }

  /** Policy first (a draft is 404 to non-stewards, a write 403), then the state: only drafts change. */
  private async writable(ctx: ActorContext, key: string, semver: string, action: Action): Promise<LoadedVersion> {
    const loaded = await this.store.version(key, semver);
    await this.access.assert(ctx, action, versionResource(loaded.row), loaded.row.id);
    if (loaded.row.status !== 'draft') throw MethodologyProblems.versionImmutable(semver, loaded.row.status);
    return loaded;
  }
}
