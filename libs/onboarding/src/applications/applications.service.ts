import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type AuthenticatedActor, InvitationsService, OrganisationsService } from '@bluecarbon/identity';
import { decodeCursor, type Page, Problems, toPage } from '@bluecarbon/platform';
import { canSeeOnboarding, seesAllPartners } from '../access/onboarding-access';
import { insertCase } from '../cases/case-opening';
import type { ApplicationQuery, ApplyDto } from '../dto/application.dto';
import { Jurisdiction } from '../entities/jurisdiction.entity';
import { partnerOf } from '../jurisdictions/jurisdictions.service';
import { OnboardingProblems } from '../onboarding-errors';
import { OnboardingEvents } from '../onboarding-events.service';
import { PlaybooksService } from '../playbooks/playbooks.service';
import { ApplicationRateLimit } from './application-rate-limit';

const RESOURCE = 'onboarding_application';

export interface ApplicationView {
  id: string;
  jurisdictionId: string;
  jurisdictionCode: string;
  organisationName: Record<string, string | undefined>;
  contactName: string;
  contactEmail: string;
  mangroveAreaHa: string | null;
  motivation: string;
  preferredLanguage: string;
  status: string;
  decisionReason: string | null;
  organisationId: string | null;
  caseId: string | null;
  createdAt: Date;
}

export interface AcceptResult {
  application: ApplicationView;
  organisationId: string;
  invitationId: string;
  caseId: string;
}

const SELECT_VIEW = `
  SELECT a.id, a.jurisdiction_id, j.code, a.organisation_name, a.contact_name, a.contact_email, a.mangrove_area_ha::text AS mangrove_area_ha,
         a.motivation, a.preferred_locale, a.status, a.decision_reason, a.organisation_id, a.case_id, a.created_at
    FROM onboarding_application a JOIN jurisdiction j ON j.id = a.jurisdiction_id`;

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: OnboardingEvents,
    private readonly organisations: OrganisationsService,
    private readonly invitations: InvitationsService,
    private readonly playbooks: PlaybooksService,
    private readonly rateLimit: ApplicationRateLimit,
  ) {}

  /** A prospective partner applies (no account yet): its jurisdiction becomes an applicant. */
  async apply(input: ApplyDto, request: FastifyRequest): Promise<ApplicationView> {
    await this.rateLimit.count(request);
    return this.dataSource.transaction(async (manager) => {
      const jurisdiction = await this.applicantJurisdiction(manager, input);
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO onboarding_application (jurisdiction_id, organisation_name, contact_name, contact_email, mangrove_area_ha, motivation, preferred_locale)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [jurisdiction.id, JSON.stringify(input.organisationName), input.contactName.trim(), input.contactEmail.trim(), input.mangroveAreaHa ?? null, input.motivation, input.preferredLanguage],
      );
      await this.events.record(manager, {
        type: 'onboarding.application.submitted',
        actor: null,
        request,
        subjectType: RESOURCE,
        subjectId: row.id,
        partner: partnerOf(jurisdiction),
        after: { jurisdictionCode: jurisdiction.code, contactEmail: input.contactEmail, mangroveAreaHa: input.mangroveAreaHa ?? null },
        payload: { applicationId: row.id },
      });
      return this.view(manager, row.id);
    });
  }

  async list(actor: AuthenticatedActor, query: ApplicationQuery): Promise<Page<ApplicationView>> {
    const codes = actor.memberships.map((membership) => membership.jurisdictionCode).filter((code): code is string => code !== null);
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.dataSource.query(
      `${SELECT_VIEW}
        WHERE ($1::boolean OR j.code = ANY($2::text[])) AND ($3::text IS NULL OR a.status = $3)
          AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', a.created_at), a.id) < ($4::timestamptz, $5::uuid))
        ORDER BY date_trunc('milliseconds', a.created_at) DESC, a.id DESC LIMIT $6`,
      [seesAllPartners(actor), codes, query.status ?? null, after?.sortKey ?? null, after?.id ?? null, query.limit + 1],
    );
    return toPage(rows.map(toView), query.limit, (view) => ({ sortKey: view.createdAt.toISOString(), id: view.id }));
  }

  async get(actor: AuthenticatedActor, id: string, request: FastifyRequest): Promise<ApplicationView> {
    const application = await this.view(this.dataSource.manager, id);
    if (!canSeeOnboarding(actor, { jurisdictionId: application.jurisdictionId, jurisdictionCode: application.jurisdictionCode })) {
      await this.access.recordDenial(actor, { action: 'read', resource: RESOURCE, subjectId: id, decision: 'not_found' }, request);
      throw Problems.notFound(RESOURCE);
    }
    return application;
  }

  /**
   * The steward accepts, all in one transaction: the partner's organisation (linked to its
   * jurisdiction), an invitation for the applicant's contact as coordinator, and a case on the
   * latest published playbook. The jurisdiction moves on to `onboarding`.
   */
  async accept(actor: AuthenticatedActor, id: string, request: FastifyRequest): Promise<AcceptResult> {
    await this.access.assert(actor, 'review', { kind: RESOURCE }, request, id);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, id);
      const jurisdiction = await manager.findOneByOrFail(Jurisdiction, { id: application.jurisdictionId });
      const partner = partnerOf(jurisdiction);
      // The city's organisation may exist already (created by an admin before it applied): link it.
      const existing = await this.organisations.findByJurisdictionCode(manager, jurisdiction.code);
      const organisation = existing
        ? await this.organisations.linkJurisdiction(manager, actor, existing, jurisdiction.id, request)
        : await this.organisations.createJurisdictionOrganisation(
            manager,
            actor,
            { jurisdictionCode: jurisdiction.code, jurisdictionId: jurisdiction.id, name: application.organisationName },
            request,
          );
      const invitation = await this.invitations.inviteWithin(
        manager,
        actor,
        organisation.id,
        { email: application.contactEmail, role: 'coordinator', locale: application.preferredLanguage },
        request,
      );
      const playbook = await this.playbooks.defaultForNewCase(manager);
      const caseId = await insertCase(manager, partner, jurisdiction.timeZone, playbook, new Date());
      await manager.query(`UPDATE jurisdiction SET status = 'onboarding', updated_at = now(), version = version + 1 WHERE id = $1`, [jurisdiction.id]);
      await manager.query(
        `UPDATE onboarding_application SET status = 'accepted', decided_by = $2, decided_at = now(), organisation_id = $3, case_id = $4, version = version + 1 WHERE id = $1`,
        [id, actor.userId, organisation.id, caseId],
      );
      const common = { actor, request, partner };
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

  /** Declined with a reason; the jurisdiction goes back to being a prospect and may apply again. */
  async decline(actor: AuthenticatedActor, id: string, reason: string, request: FastifyRequest): Promise<ApplicationView> {
    await this.access.assert(actor, 'review', { kind: RESOURCE }, request, id);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, id);
      await manager.query(
        `UPDATE onboarding_application SET status = 'declined', decision_reason = $2, decided_by = $3, decided_at = now(), version = version + 1 WHERE id = $1`,
        [id, reason.trim(), actor.userId],
      );
      await manager.query(`UPDATE jurisdiction SET status = 'prospect', updated_at = now(), version = version + 1 WHERE id = $1 AND status = 'applicant'`, [
        application.jurisdictionId,
      ]);
      await this.events.record(manager, {
        type: 'onboarding.application.declined',
        actor,
        request,
        subjectType: RESOURCE,
        subjectId: id,
        partner: { jurisdictionId: application.jurisdictionId, jurisdictionCode: application.jurisdictionCode },
        before: { status: 'pending' },
        after: { status: 'declined', reason: reason.trim() },
        payload: { applicationId: id },
      });
      return this.view(manager, id);
    });
  }

  private async lockPending(manager: EntityManager, id: string): Promise<ApplicationView> {
    const [locked] = await manager.query(`SELECT status FROM onboarding_application WHERE id = $1 FOR UPDATE`, [id]);
    if (!locked) throw Problems.notFound(RESOURCE);
    if (locked.status !== 'pending') throw OnboardingProblems.applicationNotPending(locked.status);
    return this.view(manager, id);
  }

  /** An unknown code becomes a new applicant; a prospect becomes one; anyone further along cannot apply. */
  private async applicantJurisdiction(manager: EntityManager, input: ApplyDto): Promise<Jurisdiction> {
    const existing = await manager.findOne(Jurisdiction, { where: { code: input.jurisdictionCode }, lock: { mode: 'pessimistic_write' } });
    if (existing) {
      if (existing.status !== 'prospect') throw OnboardingProblems.jurisdictionNotApplicable(existing.code, existing.status);
      await manager.query(`UPDATE jurisdiction SET status = 'applicant', updated_at = now(), version = version + 1 WHERE id = $1`, [existing.id]);
      return { ...existing, status: 'applicant' };
    }
    const parentCode = input.jurisdictionCode.split('-').slice(0, -1).join('-');
    const [parent]: { id: string }[] = parentCode ? await manager.query(`SELECT id FROM jurisdiction WHERE code = $1`, [parentCode]) : [];
    const inserted = await manager.insert(Jurisdiction, {
      code: input.jurisdictionCode,
      name: { ...input.jurisdictionName },
      level: input.level,
      parentId: parent?.id ?? null,
      country: input.jurisdictionCode.slice(0, 2),
      primaryLocale: input.preferredLanguage,
      timeZone: input.timeZone,
      status: 'applicant',
    });
    return manager.findOneByOrFail(Jurisdiction, { id: inserted.identifiers[0].id as string });
  }

  private async view(manager: EntityManager, id: string): Promise<ApplicationView> {
    const [row] = await manager.query(`${SELECT_VIEW} WHERE a.id = $1`, [id]);
    if (!row) throw Problems.notFound(RESOURCE);
    return toView(row);
  }
}

function toView(row: Record<string, unknown>): ApplicationView {
  return {
    id: row.id as string,
    jurisdictionId: row.jurisdiction_id as string,
    jurisdictionCode: row.code as string,
    organisationName: row.organisation_name as Record<string, string>,
    contactName: row.contact_name as string,
    contactEmail: row.contact_email as string,
    mangroveAreaHa: (row.mangrove_area_ha as string | null) ?? null,
    motivation: row.motivation as string,
    preferredLanguage: row.preferred_locale as string,
    status: row.status as string,
    decisionReason: (row.decision_reason as string | null) ?? null,
    organisationId: (row.organisation_id as string | null) ?? null,
    caseId: (row.case_id as string | null) ?? null,
    createdAt: new Date(row.created_at as string),
  };
}
