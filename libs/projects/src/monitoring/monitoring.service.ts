import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type Action, type ActorContext, can, DomainEvents } from '@bluecarbon/identity';
import { decodeCursor, type Page, PageQuery, Problems, toPage, updateVersioned } from '@bluecarbon/platform';
import { projectResource } from '../access/projects-access';
import { serialPrefix, serialRanges } from '../domain/issuance';
import { allowedMonitoringActions, type MonitoringAction, nextMonitoringStatus, periodIssues } from '../domain/monitoring';
import { ISSUING_STATUSES } from '../domain/project-lifecycle';
import type { CreateMonitoringReportDto, UpdateMonitoringReportDto } from '../dto/monitoring.dto';
import { Issuance } from '../entities/issuance.entity';
import { MonitoringReport } from '../entities/monitoring-report.entity';
import { Project } from '../entities/project.entity';
import { ProjectsProblems } from '../projects-problems';
import { MonitoringRepository } from '../repositories/monitoring.repository';
import { ProjectsRepository } from '../repositories/projects.repository';
import { ProjectsService } from '../projects/projects.service';
import { CreditCalculator, issuanceBreakdown } from './credit-calculator';
import { type IssuanceView, type MonitoringReportView, toIssuanceView, toMonitoringView } from './monitoring-view';

const RESOURCE = 'monitoring_report';

/**
 * Monitoring reports of registered projects and the credits they issue. A period may not
 * overlap another report's (checked under the project's row lock, so two writers cannot both
 * pass); the steward's approval runs the calculator with the project's adaptation and freezes
 * the result per vintage with consecutive serial numbers and the buffer held back.
 */
@Injectable()
export class MonitoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly projects: ProjectsService,
    private readonly projectRows: ProjectsRepository,
    private readonly reports: MonitoringRepository,
    private readonly calculator: CreditCalculator,
  ) {}

  async create(ctx: ActorContext, projectId: string, input: CreateMonitoringReportDto): Promise<MonitoringReportView> {
    const project = await this.projects.load(ctx, projectId, 'read');
    await this.access.assert(ctx, 'create', projectResource(project, RESOURCE), project.id);
    this.assertIssuing(project, ctx);
    this.assertPeriod(project, input.periodStart, input.periodEnd);
    return this.dataSource.transaction(async (manager) => {
      await this.assertNoOverlap(manager, project.id, input.periodStart, input.periodEnd, null);
      const created = await this.reports.insert(manager, {
        projectId: project.id,
        jurisdictionCode: project.jurisdictionCode,
        jurisdictionId: project.jurisdictionId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        inputs: input.inputs,
        status: 'draft',
        createdBy: ctx.actor.userId,
      });
      await this.record(manager, ctx, 'projects.monitoring_report.created', created, null);
      return toMonitoringView(created);
    });
  }

  async list(ctx: ActorContext, projectId: string, query: PageQuery): Promise<Page<MonitoringReportView>> {
    const project = await this.projects.load(ctx, projectId, 'read');
    // Dates travel as times in the cursor, so that a forged one is refused before SQL casts it.
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const rows = await this.reports.listOfProject(project.id, after && { sortKey: after.sortKey.slice(0, 10), id: after.id }, query.limit);
    const page = toPage(rows, query.limit, (row) => ({ sortKey: `${row.periodStart}T00:00:00.000Z`, id: row.id }));
    // A draft report is its city's business, as a draft project is (the policy's visibility rule).
    return { ...page, items: page.items.filter((row) => can(ctx.actor, 'read', projectResource(row, RESOURCE))).map(toMonitoringView) };
  }

  async get(ctx: ActorContext, id: string): Promise<MonitoringReportView> {
    return toMonitoringView(await this.load(ctx, id, 'read'));
  }

  async update(ctx: ActorContext, id: string, input: UpdateMonitoringReportDto, ifMatch: number): Promise<MonitoringReportView> {
    const current = await this.load(ctx, id, 'update');
    if (current.status !== 'draft') throw ProjectsProblems.draftRequired(current.status, 'monitoringStates', ctx.locale);
    const project = await this.projectOf(current);
    const period = { start: input.periodStart ?? current.periodStart, end: input.periodEnd ?? current.periodEnd };
    this.assertPeriod(project, period.start, period.end);
    return this.dataSource.transaction(async (manager) => {
      await this.assertNoOverlap(manager, project.id, period.start, period.end, current.id);
      const updated = await updateVersioned(
        manager,
        MonitoringReport,
        id,
        ifMatch,
        { periodStart: period.start, periodEnd: period.end, ...(input.inputs ? { inputs: input.inputs } : {}) },
        RESOURCE,
      );
      await this.record(manager, ctx, 'projects.monitoring_report.updated', updated, current);
      return toMonitoringView(updated);
    });
  }

  submit(ctx: ActorContext, id: string, ifMatch: number): Promise<MonitoringReportView> {
    return this.transition(ctx, id, ifMatch, 'submit', 'submit', () => ({ submittedAt: new Date(), rejectionReason: null }));
  }

  reject(ctx: ActorContext, id: string, reason: string, ifMatch: number): Promise<MonitoringReportView> {
    if (!reason.trim()) throw Problems.invalidFields([{ field: 'reason', rule: 'isNotEmpty' }]);
    return this.transition(ctx, id, ifMatch, 'review', 'reject', () => ({ rejectionReason: reason }));
  }

  /**
   * The steward's approval: the calculator runs first (outside the transaction: it takes a
   * worker thread), then one transaction approves the report (the If-Match check in the
   * UPDATE lets only one approval through), takes serial numbers under the project's lock,
   * freezes one issuance per vintage and starts the project's crediting.
   */
  async approve(ctx: ActorContext, id: string, ifMatch: number): Promise<MonitoringReportView & { issuances: IssuanceView[] }> {
    const current = await this.load(ctx, id, 'review');
    const next = nextMonitoringStatus(current.status, 'approve');
    if (!next) throw ProjectsProblems.illegalMonitoringTransition(current.status, 'approve', allowedMonitoringActions(current.status), ctx.locale);
    const project = await this.projectOf(current);
    this.assertIssuing(project, ctx);
    // Earlier approved reports are the calculator's earlier monitoring periods (their years stay ex post).
    const calculation = await this.calculator.run(ctx, project, current, await this.reports.approvedBefore(project.id, current.periodStart));
    const { vintages } = calculation;
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const approved = await updateVersioned(
        manager,
        MonitoringReport,
        id,
        ifMatch,
        { status: next, decidedBy: ctx.actor.userId, decidedAt: now, calculation: calculation.result },
        RESOURCE,
      );
      const locked = await this.projectRows.lockById(manager, project.id);
      if (!locked || !ISSUING_STATUSES.includes(locked.status)) throw ProjectsProblems.projectNotIssuing(locked?.status ?? project.status, ctx.locale);
      const prefix = serialPrefix(locked.jurisdictionCode, locked.id);
      const ranges = serialRanges(Number(locked.nextSerial), vintages);
      const issuances: Issuance[] = [];
      for (const { vintage, first, last } of ranges) {
        const issuance = await this.reports.insertIssuance(manager, {
          projectId: locked.id,
          monitoringReportId: approved.id,
          jurisdictionCode: locked.jurisdictionCode,
          vintage: vintage.vintage,
          issuedTonnes: String(vintage.issuedTonnes),
          bufferTonnes: String(vintage.bufferTonnes),
          serialPrefix: prefix,
          serialFirst: String(first),
          serialLast: String(last),
          breakdown: issuanceBreakdown(calculation.result, vintage.vintage, calculation.basis),
          methodologyKey: calculation.methodology.key,
          methodologyVersion: calculation.methodology.version,
          methodologyChecksum: calculation.methodology.checksum,
          adaptationId: calculation.adaptation.id,
          adaptationRevision: calculation.adaptation.revision,
          issuedBy: ctx.actor.userId,
        });
        issuances.push(issuance);
      }
      const nextSerial = (ranges.at(-1)?.last ?? Number(locked.nextSerial) - 1) + 1;
      await manager.update(Project, { id: locked.id }, { nextSerial: String(nextSerial) });
      if (locked.status === 'registered' && issuances.length) {
        await manager
          .createQueryBuilder()
          .update(Project)
          .set({ status: 'crediting', version: () => 'version + 1' } as never)
          .where('id = :id', { id: locked.id })
          .execute();
      }
      // One write, one event: the approval carries the issuances it froze and the project's new state.
      const views = issuances.map(toIssuanceView);
      const projectStatus = locked.status === 'registered' && issuances.length ? 'crediting' : locked.status;
      await this.events.record(manager, {
        type: 'projects.monitoring_report.approved',
        actor: ctx.actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: approved.id,
        jurisdiction: { id: approved.jurisdictionId, code: approved.jurisdictionCode },
        before: toMonitoringView(current),
        after: { ...toMonitoringView(approved), projectStatus, issuances: views },
        payload: {
          monitoringReportId: approved.id,
          projectId: approved.projectId,
          projectStatus,
          issuances: views.map(({ id, vintage, issuedTonnes, bufferTonnes, serials }) => ({ id, vintage, issuedTonnes, bufferTonnes, serials })),
        },
      });
      return { ...toMonitoringView(approved), issuances: views };
    });
  }

  async issuances(ctx: ActorContext, projectId: string, query: PageQuery): Promise<Page<IssuanceView>> {
    const project = await this.projects.load(ctx, projectId, 'read');
    const after = query.cursor ? decodeCursor(query.cursor, 'integer') : null;
    const page = toPage(await this.reports.issuancesOfProject(project.id, after, query.limit), query.limit, (row) => ({
      sortKey: row.serialFirst,
      id: row.id,
    }));
    return { ...page, items: page.items.map(toIssuanceView) };
  }

  private async load(ctx: ActorContext, id: string, action: Action): Promise<MonitoringReport> {
    const row = await this.reports.findById(id);
    if (!row) throw Problems.notFound(RESOURCE);
    await this.access.assert(ctx, action, projectResource(row, RESOURCE), row.id);
    return row;
  }

  private async projectOf(report: MonitoringReport): Promise<Project> {
    const project = await this.projectRows.findById(report.projectId);
    if (!project) throw Problems.notFound('project');
    return project;
  }

  private async transition(
    ctx: ActorContext,
    id: string,
    ifMatch: number,
    permission: Action,
    action: MonitoringAction,
    changes: () => Partial<MonitoringReport>,
  ): Promise<MonitoringReportView> {
    const current = await this.load(ctx, id, permission);
    const next = nextMonitoringStatus(current.status, action);
    if (!next) throw ProjectsProblems.illegalMonitoringTransition(current.status, action, allowedMonitoringActions(current.status), ctx.locale);
    const extra = changes();
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateVersioned(manager, MonitoringReport, id, ifMatch, { ...extra, status: next }, RESOURCE);
      await this.record(manager, ctx, `projects.monitoring_report.${action === 'reject' ? 'rejected' : next}`, updated, current);
      return toMonitoringView(updated);
    });
  }

  private assertIssuing(project: Project, ctx: ActorContext): void {
    if (!ISSUING_STATUSES.includes(project.status)) throw ProjectsProblems.projectNotIssuing(project.status, ctx.locale);
  }

  private assertPeriod(project: Project, start: string, end: string): void {
    const issues = periodIssues({ start, end }, { start: project.creditingStart, end: project.creditingEnd });
    if (issues.length) throw Problems.invalidFields(issues);
  }

  /** Under the project's row lock: a second writer waits, then sees the first one's period. */
  private async assertNoOverlap(manager: EntityManager, projectId: string, start: string, end: string, except: string | null): Promise<void> {
    await this.projectRows.lockById(manager, projectId);
    const other = await this.reports.overlapping(manager, projectId, { start, end }, except);
    if (other) throw ProjectsProblems.periodOverlap(other);
  }

  private record(manager: EntityManager, ctx: ActorContext, type: string, row: MonitoringReport, before: MonitoringReport | null): Promise<void> {
    return this.events.record(manager, {
      type,
      actor: ctx.actor,
      context: ctx,
      subjectType: RESOURCE,
      subjectId: row.id,
      jurisdiction: { id: row.jurisdictionId, code: row.jurisdictionCode },
      before: before ? toMonitoringView(before) : null,
      after: toMonitoringView(row),
      payload: { monitoringReportId: row.id, projectId: row.projectId, status: row.status },
    });
  }
}
