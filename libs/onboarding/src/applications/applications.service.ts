import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext, type AuthenticatedActor, InvitationsService, OrganisationsService } from '@bluecarbon/identity';
import { decodeCursor, firstRow, insertedId, type LocalizedText, type Page, Problems, type RequestContext, toPage } from '@bluecarbon/platform';
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

const SELECT_VIEW = `
  SELECT a.id, coalesce(a.jurisdiction_id, j.id) AS jurisdiction_id, a.jurisdiction_code AS code, j.status AS jurisdiction_status, a.organisation_name, a.contact_name, a.contact_email, a.mangrove_area_ha::text AS mangrove_area_ha,
         a.motivation, a.preferred_locale, a.status, a.decision_reason, a.organisation_id, a.case_id, a.created_at
    FROM onboarding_application a LEFT JOIN jurisdiction j ON j.code = a.jurisdiction_code`;

/** Stages from which a jurisdiction may start onboarding (`applicant`: applied before applications stopped setting it). */
const APPLICABLE: ReadonlySet<string> = new Set(['prospect', 'applicant']);

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

  /**
   * A prospective partner applies (no account yet). Nothing changes but the application itself:
   * the jurisdiction is created or moved on only when the steward accepts, and the answer never
   * depends on whether it exists or how far along it is.
   */
  async apply(input: ApplyDto, ctx: RequestContext): Promise<ApplicationReceipt> {
    await this.rateLimit.count(ctx);
    return this.dataSource.transaction(async (manager) => {
      const row: { id: string; created_at: Date; mangrove_area_ha: string | null } = firstRow(
        await manager.query(
          `INSERT INTO onboarding_application (jurisdiction_code, jurisdiction_name, jurisdiction_level, time_zone, organisation_name, contact_name, contact_email,
                                             mangrove_area_ha, motivation, preferred_locale)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, created_at, mangrove_area_ha::text AS mangrove_area_ha`,
          [
            input.jurisdictionCode,
            JSON.stringify(input.jurisdictionName),
            input.level,
            input.timeZone,
            JSON.stringify(input.organisationName),
            input.contactName.trim(),
            input.contactEmail.trim(),
            input.mangroveAreaHa ?? null,
            input.motivation,
            input.preferredLanguage,
          ],
        ),
      );
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
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `${SELECT_VIEW}
        WHERE ($1::boolean OR a.jurisdiction_code = ANY($2::text[])) AND ($3::text IS NULL OR a.status = $3)
          AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', a.created_at), a.id) < ($4::timestamptz, $5::uuid))
        ORDER BY date_trunc('milliseconds', a.created_at) DESC, a.id DESC LIMIT $6`,
      [seesAllPartners(actor), codes, query.status ?? null, after?.sortKey ?? null, after?.id ?? null, query.limit + 1],
    );
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
      const caseId = await insertCase(manager, partner, jurisdiction.timeZone, playbook, new Date());
      await manager.query(`UPDATE jurisdiction SET status = 'onboarding', updated_at = now(), version = version + 1 WHERE id = $1`, [jurisdiction.id]);
      await manager.query(
        `UPDATE onboarding_application SET status = 'accepted', decided_by = $2, decided_at = now(), organisation_id = $3, case_id = $4, jurisdiction_id = $5,
                version = version + 1 WHERE id = $1`,
        [id, actor.userId, organisation.id, caseId, jurisdiction.id],
      );
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
      await manager.query(
        `UPDATE onboarding_application SET status = 'declined', decision_reason = $2, decided_by = $3, decided_at = now(), version = version + 1 WHERE id = $1`,
        [id, reason.trim(), actor.userId],
      );
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
    const [locked] = await manager.query(`SELECT status FROM onboarding_application WHERE id = $1 FOR UPDATE`, [id]);
    if (!locked) throw Problems.notFound(RESOURCE);
    if (locked.status !== 'pending') throw OnboardingProblems.applicationNotPending(locked.status);
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
    const proposed: { jurisdiction_name: Jurisdiction['name']; jurisdiction_level: Jurisdiction['level']; time_zone: string; preferred_locale: string } =
      firstRow(
        await manager.query(`SELECT jurisdiction_name, jurisdiction_level, time_zone, preferred_locale FROM onboarding_application WHERE id = $1`, [
          applicationId,
        ]),
      );
    const parentCode = code.split('-').slice(0, -1).join('-');
    const [parent]: { id: string }[] = parentCode ? await manager.query(`SELECT id FROM jurisdiction WHERE code = $1`, [parentCode]) : [];
    const inserted = await manager.insert(Jurisdiction, {
      code,
      name: proposed.jurisdiction_name,
      level: proposed.jurisdiction_level,
      parentId: parent?.id ?? null,
      country: code.slice(0, 2),
      primaryLocale: proposed.preferred_locale,
      timeZone: proposed.time_zone,
      status: 'prospect',
    });
    return manager.findOneByOrFail(Jurisdiction, { id: insertedId(inserted) });
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
    jurisdictionId: (row.jurisdiction_id as string | null) ?? null,
    jurisdictionCode: row.code as string,
    jurisdictionStatus: (row.jurisdiction_status as string | null) ?? null,
    organisationName: row.organisation_name as LocalizedText,
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
    warnings: [],
  };
}
