import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Decimal from 'decimal.js';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type Action, type ActorContext, DomainEvents } from '@bluecarbon/identity';
import { AdaptationLoader } from '@bluecarbon/methodology';
import { decodeCursor, type FieldError, JurisdictionDirectory, type Page, Problems, toPage, updateVersioned } from '@bluecarbon/platform';
import { projectResource, visibilityOf } from '../access/projects-access';
import { allowedActions, nextStatus, type ProjectAction } from '../domain/project-lifecycle';
import { boundaryIssues, checkArea, type SiteBoundary } from '../domain/site-boundary';
import type { CreateProjectDto, ProjectQuery, UpdateProjectDto, ValidateProjectDto } from '../dto/project.dto';
import { Project } from '../entities/project.entity';
import { ProjectsProblems } from '../projects-problems';
import { ProjectsRepository } from '../repositories/projects.repository';
import { type ProjectView, toProjectView } from './project-view';

const RESOURCE = 'project';

/** What a draft holds, as sent or as merged with the stored row. */
type DraftContent = Omit<CreateProjectDto, 'jurisdictionCode' | 'boundary' | 'strata'> & {
  boundary: unknown;
  strata: { key: string; name?: string; area: string }[];
};

/**
 * A city's projects: drafting (boundary, area, strata, crediting period, the approved
 * adaptation), submission, and the steward's validation, rejection, registration and closing.
 * Every change is a domain event (audit entry and outbox message) in its own transaction.
 */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly adaptations: AdaptationLoader,
    private readonly jurisdictions: JurisdictionDirectory,
    private readonly projects: ProjectsRepository,
  ) {}

  async create(ctx: ActorContext, input: CreateProjectDto): Promise<ProjectView> {
    const jurisdictionId = await this.jurisdictions.idOf(input.jurisdictionCode);
    // Enping may not register a project for Taishan: decided before anything is read.
    await this.access.assert(ctx, 'create', { kind: RESOURCE, jurisdictionCode: input.jurisdictionCode, jurisdictionId });
    const content = await this.checkedContent(ctx, input.jurisdictionCode, input);
    return this.dataSource.transaction(async (manager) => {
      const created = await this.projects.insert(manager, {
        ...content,
        jurisdictionCode: input.jurisdictionCode,
        jurisdictionId,
        status: 'draft',
        createdBy: ctx.actor.userId,
      });
      await this.record(manager, ctx, 'projects.project.created', created, null);
      return toProjectView(created);
    });
  }

  async list(ctx: ActorContext, query: ProjectQuery): Promise<Page<ProjectView>> {
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const rows = await this.projects.listVisible(visibilityOf(ctx.actor), { jurisdictionCode: query.jurisdictionCode }, after, query.limit);
    return toPage(rows.map(toProjectView), query.limit, (row) => ({ sortKey: row.createdAt.toISOString(), id: row.id }));
  }

  async get(ctx: ActorContext, id: string): Promise<ProjectView> {
    return toProjectView(await this.load(ctx, id, 'read'));
  }

  /** The project after the policy allowed `action` on it (404 for what the actor may not see). */
  async load(ctx: ActorContext, id: string, action: Action): Promise<Project> {
    const row = await this.projects.findById(id);
    if (!row) throw Problems.notFound(RESOURCE);
    await this.access.assert(ctx, action, projectResource(row), row.id);
    return row;
  }

  async update(ctx: ActorContext, id: string, input: UpdateProjectDto, ifMatch: number): Promise<ProjectView> {
    const current = await this.load(ctx, id, 'update');
    if (current.status !== 'draft') throw ProjectsProblems.draftRequired(current.status, 'states', ctx.locale);
    const merged = {
      name: input.name ?? current.name,
      adaptationId: input.adaptationId ?? current.adaptationId,
      boundary: input.boundary ?? current.boundary,
      declaredHectares: input.declaredHectares ?? current.declaredHectares,
      strata: input.strata ?? current.strata,
      creditingStart: input.creditingStart ?? current.creditingStart,
      creditingEnd: input.creditingEnd ?? current.creditingEnd,
    };
    const content = await this.checkedContent(ctx, current.jurisdictionCode, merged, input.adaptationId !== undefined);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateVersioned(manager, Project, id, ifMatch, { ...content, areaAcknowledgedBy: null, areaAcknowledgedAt: null }, RESOURCE);
      await this.record(manager, ctx, 'projects.project.updated', updated, current);
      return toProjectView(updated);
    });
  }

  submit(ctx: ActorContext, id: string, ifMatch: number): Promise<ProjectView> {
    return this.transition(ctx, id, ifMatch, 'submit', 'submit', (now) => ({ submittedAt: now, rejectionReason: null }));
  }

  /** The steward's validation; a boundary more than 5% off the declared area needs `acknowledgeAreaDifference`. */
  validate(ctx: ActorContext, id: string, input: ValidateProjectDto, ifMatch: number): Promise<ProjectView> {
    return this.transition(ctx, id, ifMatch, 'review', 'validate', (now, current) => {
      const check = toProjectView(current).area;
      if (check.needsAcknowledgement && input.acknowledgeAreaDifference !== true) {
        throw ProjectsProblems.areaUnacknowledged(check.measuredHectares, check.declaredHectares, check.relativeDifference);
      }
      return {
        validatedBy: ctx.actor.userId,
        validatedAt: now,
        ...(check.needsAcknowledgement ? { areaAcknowledgedBy: ctx.actor.userId, areaAcknowledgedAt: now } : {}),
      };
    });
  }

  reject(ctx: ActorContext, id: string, reason: string, ifMatch: number): Promise<ProjectView> {
    if (!reason.trim()) throw Problems.invalidFields([{ field: 'reason', rule: 'isNotEmpty' }]);
    return this.transition(ctx, id, ifMatch, 'review', 'reject', () => ({ rejectionReason: reason, validatedBy: null, validatedAt: null }));
  }

  register(ctx: ActorContext, id: string, ifMatch: number): Promise<ProjectView> {
    return this.transition(ctx, id, ifMatch, 'review', 'register', (now) => ({ registeredAt: now }));
  }

  close(ctx: ActorContext, id: string, ifMatch: number): Promise<ProjectView> {
    return this.transition(ctx, id, ifMatch, 'review', 'close', (now) => ({ closedAt: now }));
  }

  /**
   * A lifecycle step: the policy, then the state (409 naming what is possible), then the
   * version in the UPDATE itself (412 when someone else changed it since it was read).
   */
  private async transition(
    ctx: ActorContext,
    id: string,
    ifMatch: number,
    permission: Action,
    action: ProjectAction,
    changes: (now: Date, current: Project) => Partial<Project>,
  ): Promise<ProjectView> {
    const current = await this.load(ctx, id, permission);
    const next = nextStatus(current.status, action);
    if (!next) throw ProjectsProblems.illegalTransition(current.status, action, allowedActions(current.status), ctx.locale);
    const extra = changes(new Date(), current);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateVersioned(manager, Project, id, ifMatch, { ...extra, status: next }, RESOURCE);
      await this.record(manager, ctx, `projects.project.${action === 'reject' ? 'rejected' : `${next}`}`, updated, current);
      return toProjectView(updated);
    });
  }

  /** Validates what a draft holds and computes the boundary's area; every refusal names its field. */
  private async checkedContent(
    ctx: ActorContext,
    jurisdictionCode: string,
    input: DraftContent,
    checkAdaptation = true,
  ): Promise<
    Pick<
      Project,
      'name' | 'adaptationId' | 'boundary' | 'declaredHectares' | 'measuredHectares' | 'areaDifference' | 'strata' | 'creditingStart' | 'creditingEnd'
    >
  > {
    const errors: FieldError[] = boundaryIssues(input.boundary);
    if (input.creditingEnd <= input.creditingStart) errors.push({ field: 'creditingEnd', rule: 'creditingPeriodOrder' });
    const keys = input.strata.map((stratum) => stratum.key);
    if (new Set(keys).size !== keys.length) errors.push({ field: 'strata', rule: 'uniqueStratumKeys' });
    const strataTotal = input.strata.reduce((sum, stratum) => sum.add(stratum.area), new Decimal(0));
    if (strataTotal.gt(input.declaredHectares)) errors.push({ field: 'strata', rule: 'strataExceedArea' });
    if (errors.length) throw Problems.invalidFields(errors);
    if (checkAdaptation) await this.assertUsableAdaptation(ctx, input.adaptationId, jurisdictionCode);
    const boundary = input.boundary as SiteBoundary;
    const area = checkArea(boundary, input.declaredHectares);
    return {
      name: input.name,
      adaptationId: input.adaptationId,
      boundary,
      declaredHectares: input.declaredHectares,
      measuredHectares: area.measuredHectares,
      areaDifference: area.relativeDifference,
      strata: input.strata.map(({ key, name, area: hectares }) => ({ key, ...(name ? { name } : {}), area: hectares })),
      creditingStart: input.creditingStart,
      creditingEnd: input.creditingEnd,
    };
  }

  /** A project uses its own city's adaptation, once the steward approved it (methodology's loader decides visibility). */
  private async assertUsableAdaptation(ctx: ActorContext, adaptationId: string, jurisdictionCode: string): Promise<void> {
    const { row } = await this.adaptations.load(ctx, adaptationId, 'read');
    if (row.jurisdictionCode !== jurisdictionCode) throw Problems.invalidFields([{ field: 'adaptationId', rule: 'adaptationOfJurisdiction' }]);
    if (row.status !== 'approved') throw ProjectsProblems.adaptationNotApproved(row.status, ctx.locale);
  }

  private record(manager: EntityManager, ctx: ActorContext, type: string, row: Project, before: Project | null): Promise<void> {
    return this.events.record(manager, {
      type,
      actor: ctx.actor,
      context: ctx,
      subjectType: RESOURCE,
      subjectId: row.id,
      jurisdiction: { id: row.jurisdictionId, code: row.jurisdictionCode },
      before: before ? summary(before) : null,
      after: summary(row),
      payload: { projectId: row.id, status: row.status },
    });
  }
}

/** What the audit keeps of a project (the boundary is too large to repeat on every change). */
function summary(row: Project): object {
  const { boundary: _boundary, ...rest } = toProjectView(row);
  return rest;
}
