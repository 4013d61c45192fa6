import { isEmail } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AuditService, type FieldError, OutboxService, Problems } from '@bluecarbon/platform';
import { AccessService } from '../access/access.service';
import { OrganisationsRepository } from '../repositories/organisations.repository';
import { DomainEvents } from '../events/domain-events';
import { MembershipsRepository } from '../repositories/memberships.repository';
import { UsersRepository } from '../repositories/users.repository';
import { OrganisationsService } from '../organisations/organisations.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { identityProblem } from '../identity-problems';

export interface NewPlatformAdmin {
  email: string;
  displayName: string;
  password: string;
}

export interface CreatedPlatformAdmin {
  userId: string;
  email: string;
  organisationId: string;
}

/**
 * Makes a platform administrator without an invitation: the way a fresh deployment gets its
 * first admin (`npm run admin:create`), who then invites everyone else. The same rules as an
 * accepted invitation (password policy, argon2id, unique email); the account, its membership in
 * the platform organisation (created if missing) and the audit entries commit together.
 */
export class PlatformAdminsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly events: DomainEvents,
    private readonly hasher: PasswordHasher,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  /** Wired by hand, for the command line (no Nest container there). */
  static standalone(dataSource: DataSource): PlatformAdminsService {
    const audit = new AuditService();
    const events = new DomainEvents(audit, new OutboxService(dataSource));
    const organisations = new OrganisationsService(dataSource, new AccessService(dataSource, audit), events, new OrganisationsRepository());
    return new PlatformAdminsService(
      dataSource,
      organisations,
      events,
      new PasswordHasher(),
      new UsersRepository(dataSource),
      new MembershipsRepository(dataSource),
    );
  }

  /** `source` names who asked (no signed-in actor exists yet), e.g. `{ requestId: 'cli' }`. */
  async create(input: NewPlatformAdmin, source: { requestId: string }): Promise<CreatedPlatformAdmin> {
    const email = input.email.trim();
    const displayName = input.displayName.trim();
    const invalid: FieldError[] = [];
    if (!isEmail(email) || email.length > 320) invalid.push({ field: 'email', rule: 'isEmail' });
    if (!displayName || displayName.length > 200) invalid.push({ field: 'name', rule: 'length', args: [1, 200] });
    if (invalid.length) throw Problems.invalidFields(invalid);
    this.hasher.assertAcceptable(input.password);
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.platformOrganisation(manager, { origin: source });
      // The unique index on lower(email) decides, also against a concurrent sign-up.
      const userId = await this.users.insertIfEmailFree(manager, { email, displayName, passwordHash });
      if (!userId) throw identityProblem('email_taken', { fieldErrors: [{ field: 'email', rule: 'emailTaken' }] });
      await this.memberships.grant(manager, userId, organisation.id, 'admin');
      await this.events.record(manager, {
        type: 'identity.admin.created',
        actor: null,
        context: { origin: source },
        subjectType: 'user',
        subjectId: userId,
        jurisdiction: null,
        after: { email, displayName, organisationId: organisation.id, role: 'admin' },
        payload: { userId, organisationId: organisation.id, role: 'admin' },
      });
      return { userId, email, organisationId: organisation.id };
    });
  }
}
