import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext, type AuthenticatedActor, InvitationsService, OrganisationsService } from '@bluecarbon/identity';
import { decodeCursor, insertedId, type LocalizedText, type Page, Problems, type RequestContext, toPage } from '@bluecarbon/platform';
import { canSeeOnboarding, seesAllPartners } from '../access/onboarding-access';
import { insertCase } from '../cases/case-opening';
import type { ApplicationQuery, ApplyDto } from '../dto/application.dto';
import { Jurisdiction } from '../entities/jurisdiction.entity';
import { partnerOf } from '../jurisdictions/jurisdictions.service';
import { OnboardingProblems } from '../onboarding-errors';
import { OnboardingEvents } from '../onboarding-events.service';
import { PlaybooksService } from '../playbooks/playbooks.service';
import { type ApplicationRow, ApplicationsRepository } from '../repositories/applications.repository';
import { CasesRepository } from '../repositories/cases.repository';
import { JurisdictionsRepository } from '../repositories/jurisdictions.repository';
import { ApplicationRateLimit } from './application-rate-limit';

const RESOURCE = 'onboarding_application';

/**
 * What the public form answers: the application as sent, nothing about the jurisdiction it
 * names. An unknown code, a prospect and a city long active get the same answer.
 */
export interface ApplicationReceipt {
  id: string;
  jurisdictionCode: string;
  organisationName: LocalizedText;
  contactName: string;
  contactEmail: string;
  mangroveAreaHa: string | null;
  motivation: string;
  preferredLanguage: string;
  status: 'pending';
  createdAt: Date;
}

/** What the steward should know before accepting (accepting links or refuses). */
export type ApplicationWarning = { code: 'links_existing_organisation'; organisationId: string } | { code: 'jurisdiction_not_applicable'; status: string };

/** The steward's (and the named city's) view: the receipt, and what became of it. */
export interface ApplicationView extends Omit<ApplicationReceipt, 'status'> {
  /** Null until accepted when the jurisdiction is new. */
  jurisdictionId: string | null;
  /** The named jurisdiction's stage now, or null if it does not exist yet. */
  jurisdictionStatus: string | null;
  status: string;
  decisionReason: string | null;
  organisationId: string | null;
  caseId: string | null;
  warnings: ApplicationWarning[];
}

export interface AcceptResult {
  application: ApplicationView;
  organisationId: string;
  invitationId: string;
  caseId: string;
}

/** Stages from which a jurisdiction may start onboarding (`applicant`: applied before applications stopped setting it). */
const APPLICABLE: ReadonlySet<string> = new Set(['prospect', 'applicant']);

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly jurisdictions: JurisdictionsRepository,
    private readonly cases: CasesRepository,
    private readonly access: AccessService,
    private readonly events: OnboardingEvents,
    private readonly organisations: OrganisationsService,
    private readonly invitations: InvitationsService,
    private readonly playbooks: PlaybooksService,
    private readonly rateLimit: ApplicationRateLimit,
  ) {}

  /**
   * A prospective partner applies (no account yet). Nothing changes but the application itself:
   * the jurisdiction is created or moved on only when the steward accepts, and the answer never
   * depends on whether it exists or how far along it is.
   */
  async apply(input: ApplyDto, ctx: RequestContext): Promise<ApplicationReceipt> {
    await this.rateLimit.count(ctx);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.applications.insert(manager, {
        ...input,
        contactName: input.contactName.trim(),
        contactEmail: input.contactEmail.trim(),
        mangroveAreaHa: input.mangroveAreaHa ?? null,
      });
      await this.events.record(manager, {
        type: 'onboarding.application.submitted',
        actor: null,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: row.id,
        partner: null,
        after: { jurisdictionCode: input.jurisdictionCode, contactEmail: input.contactEmail, mangroveAreaHa: input.mangroveAreaHa ?? null },
        payload: { applicationId: row.id },
      });
      return {
        id: row.id,
        jurisdictionCode: input.jurisdictionCode,
        organisationName: { ...input.organisationName },
        contactName: input.contactName.trim(),
        contactEmail: input.contactEmail.trim(),
        mangroveAreaHa: row.mangrove_area_ha,
        motivation: input.motivation,
        preferredLanguage: input.preferredLanguage,
        status: 'pending',
        createdAt: new Date(row.created_at),
      };
    });
  }

  async list(actor: AuthenticatedActor, query: ApplicationQuery): Promise<Page<ApplicationView>> {
    const codes = actor.memberships.map((membership) => membership.jurisdictionCode).filter((code): code is string => code !== null);
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const rows = await this.applications.list(this.dataSource.manager, {
      seesAll: seesAllPartners(actor),
      jurisdictionCodes: codes,
      status: query.status ?? null,
      after,
      limit: query.limit,
    });
    const page = toPage(rows.map(toView), query.limit, (view) => ({ sortKey: view.createdAt.toISOString(), id: view.id }));
    return { ...page, items: await this.withWarnings(page.items) };
  }

  async get(ctx: ActorContext, id: string): Promise<ApplicationView> {
    const { actor } = ctx;
    const application = await this.view(this.dataSource.manager, id);
    // By code: an application names its jurisdiction before any record exists.
    if (!canSeeOnboarding(actor, { jurisdictionId: application.jurisdictionId ?? '', jurisdictionCode: application.jurisdictionCode })) {
      await this.access.recordDenial(ctx, { action: 'read', resource: RESOURCE, subjectId: id, decision: 'not_found' });
      throw Problems.notFound(RESOURCE);
    }
    const [warned] = await this.withWarnings([application]);
    return warned ?? application;
  }

  /** Pending applications say what accepting them would do beyond the usual: link an organisation, or be refused. */
  private async withWarnings(views: ApplicationView[]): Promise<ApplicationView[]> {
    const pending = views.filter((view) => view.status === 'pending');
    if (!pending.length) return views;
    const organisations = await this.dataSource.transaction(async (manager) => {
      const found = new Map<string, string>();
      for (const code of new Set(pending.map((view) => view.jurisdictionCode))) {
        const organisation = await this.organisations.findByJurisdictionCode(manager, code);
        if (organisation) found.set(code, organisation.id);
      }
      return found;
    });
    return views.map((view) => {
      if (view.status !== 'pending') return view;
      const warnings: ApplicationWarning[] = [];
      const organisationId = organisations.get(view.jurisdictionCode);
      if (organisationId) warnings.push({ code: 'links_existing_organisation', organisationId });
      if (view.jurisdictionStatus && !APPLICABLE.has(view.jurisdictionStatus))
        warnings.push({ code: 'jurisdiction_not_applicable', status: view.jurisdictionStatus });
      return { ...view, warnings };
    });
  }

  /**
   * The steward accepts, all in one transaction: the partner's organisation (linked to its
   * jurisdiction), an invitation for the applicant's contact as coordinator, and a case on the
   * latest published playbook. The jurisdiction moves on to `onboarding`.
   */
  async accept(ctx: ActorContext, id: string): Promise<AcceptResult> {
    const { actor } = ctx;
    await this.access.assert(ctx, 'review', { kind: RESOURCE }, id);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, id);
      const jurisdiction = await this.jurisdictionToOnboard(manager, id, application.jurisdictionCode);
      const partner = partnerOf(jurisdiction);
      // The city's organisation may exist already (created by an admin before it applied): link it.
      const existing = await this.organisations.findByJurisdictionCode(manager, jurisdiction.code);
      const organisation = existing
        ? await this.organisations.linkJurisdiction(manager, actor, existing, jurisdiction.id, ctx)
        : await this.organisations.createJurisdictionOrganisation(
            manager,
            actor,
            { jurisdictionCode: jurisdiction.code, jurisdictionId: jurisdiction.id, name: application.organisationName },
            ctx,
          );
      const invitation = await this.invitations.inviteWithin(
        manager,
        actor,
        organisation.id,
        { email: application.contactEmail, role: 'coordinator', locale: application.preferredLanguage },
        ctx,
      );
      const playbook = await this.playbooks.defaultForNewCase(manager);
      const caseId = await insertCase(this.cases, manager, partner, jurisdiction.timeZone, playbook, new Date());
      await this.jurisdictions.markOnboarding(manager, jurisdiction.id);
      await this.applications.markAccepted(manager, id, { decidedBy: actor.userId, organisationId: organisation.id, caseId, jurisdictionId: jurisdiction.id });
      const common = { actor, context: ctx, partner };
      await this.events.record(manager, {
        ...common,
        type: 'onboarding.application.accepted',
        subjectType: RESOURCE,
        subjectId: id,
        before: { status: 'pending' },
        after: { status: 'accepted', organisationId: organisation.id, organisationCreated: !existing, invitationId: invitation.id, caseId },
        payload: { applicationId: id, organisationId: organisation.id, caseId },
      });
      await this.events.record(manager, {
        ...common,
        type: 'onboarding.case.opened',
        subjectType: 'onboarding_case',
        subjectId: caseId,
        after: { playbookId: playbook.id, playbookVersion: playbook.playbookVersion },
        payload: { caseId, playbookKey: playbook.key, playbookVersion: playbook.playbookVersion },
      });
      return { application: await this.view(manager, id), organisationId: organisation.id, invitationId: invitation.id, caseId };
    });
  }

  /** Declined with a reason; the jurisdiction was never changed and may apply again. */
  async decline(ctx: ActorContext, id: string, reason: string): Promise<ApplicationView> {
    const { actor } = ctx;
    await this.access.assert(ctx, 'review', { kind: RESOURCE }, id);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, id);
      await this.applications.markDeclined(manager, id, reason.trim(), actor.userId);
      await this.events.record(manager, {
        type: 'onboarding.application.declined',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: id,
        partner: application.jurisdictionId ? { jurisdictionId: application.jurisdictionId, jurisdictionCode: application.jurisdictionCode } : null,
        before: { status: 'pending' },
        after: { status: 'declined', reason: reason.trim() },
        payload: { applicationId: id },
      });
      return this.view(manager, id);
    });
  }

  private async lockPending(manager: EntityManager, id: string): Promise<ApplicationView> {
    const status = await this.applications.lockStatus(manager, id);
    if (!status) throw Problems.notFound(RESOURCE);
    if (status !== 'pending') throw OnboardingProblems.applicationNotPending(status);
    return this.view(manager, id);
  }

  /**
   * The jurisdiction the accepted application names: a prospect (or an applicant of before)
   * found by its code, or created from the application. Anyone further along cannot start
   * onboarding again: the steward is told so, as the application view warned.
   */
  private async jurisdictionToOnboard(manager: EntityManager, applicationId: string, code: string): Promise<Jurisdiction> {
    const existing = await manager.findOne(Jurisdiction, { where: { code }, lock: { mode: 'pessimistic_write' } });
    if (existing) {
      if (!APPLICABLE.has(existing.status)) throw OnboardingProblems.jurisdictionNotApplicable(existing.code, existing.status);
      return existing;
    }
    // The application the caller holds locked.
    const proposed = await this.applications.proposedJurisdiction(manager, applicationId);
    const parentCode = code.split('-').slice(0, -1).join('-');
    const parentId = parentCode ? await this.jurisdictions.idByCode(manager, parentCode) : undefined;
    const inserted = await manager.insert(Jurisdiction, {
      code,
      name: proposed.jurisdiction_name,
      level: proposed.jurisdiction_level,
      parentId: parentId ?? null,
      country: code.slice(0, 2),
      primaryLocale: proposed.preferred_locale,
      timeZone: proposed.time_zone,
      status: 'prospect',
    });
    return manager.findOneByOrFail(Jurisdiction, { id: insertedId(inserted) });
  }

  private async view(manager: EntityManager, id: string): Promise<ApplicationView> {
    const row = await this.applications.find(manager, id);
    if (!row) throw Problems.notFound(RESOURCE);
    return toView(row);
  }
}

function toView(row: ApplicationRow): ApplicationView {
  return {
    id: row.id,
    jurisdictionId: row.jurisdiction_id ?? null,
    jurisdictionCode: row.code,
    jurisdictionStatus: row.jurisdiction_status ?? null,
    organisationName: row.organisation_name,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    mangroveAreaHa: row.mangrove_area_ha ?? null,
    motivation: row.motivation,
    preferredLanguage: row.preferred_locale,
    status: row.status,
    decisionReason: row.decision_reason ?? null,
    organisationId: row.organisation_id ?? null,
    caseId: row.case_id ?? null,
    createdAt: new Date(row.created_at),
    warnings: [],
  };
}
