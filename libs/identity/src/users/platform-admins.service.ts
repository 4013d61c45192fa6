import { isEmail } from 'class-validator';
import type { DataSource } from 'typeorm';
import { type AuditEntry, AuditService, type FieldError, Problems } from '@bluecarbon/platform';
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
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
  ) {}

  /** `source` names who asked (no signed-in actor exists yet), e.g. `{ requestId: 'cli' }`. */
  async create(input: NewPlatformAdmin, source: Pick<AuditEntry, 'requestId'>): Promise<CreatedPlatformAdmin> {
    const email = input.email.trim();
    const displayName = input.displayName.trim();
    const invalid: FieldError[] = [];
    if (!isEmail(email) || email.length > 320) invalid.push({ field: 'email', rule: 'isEmail' });
    if (!displayName || displayName.length > 200) invalid.push({ field: 'name', rule: 'length', args: [1, 200] });
    if (invalid.length) throw Problems.invalidFields(invalid);
    this.hasher.assertAcceptable(input.password);
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.platformOrganisation(manager, source);
      // The unique index on lower(email) decides, also against a concurrent sign-up.
      const [user]: { id: string }[] = await manager.query(
        `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
        [email, displayName, passwordHash],
      );
      if (!user) throw identityProblem('email_taken', { fieldErrors: [{ field: 'email', rule: 'emailTaken' }] });
      await manager.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'admin')`, [user.id, organisation.id]);
      await this.audit.record(manager, {
        ...source,
        action: 'identity.admin.created',
        subjectType: 'user',
        subjectId: user.id,
        after: { email, displayName, organisationId: organisation.id, role: 'admin' },
      });
      return { userId: user.id, email, organisationId: organisation.id };
    });
  }
}
