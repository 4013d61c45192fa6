import { AuditEventsRepository } from './audit-events.repository';
import { InvitationsRepository } from './invitations.repository';
import { MailedTokensRepository } from './mailed-tokens.repository';
import { MembershipsRepository } from './memberships.repository';
import { OrganisationsRepository } from './organisations.repository';
import { SecondFactorsRepository } from './second-factors.repository';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

/** Identity's named queries, one class per aggregate; providers of the identity module. */
export const IDENTITY_REPOSITORIES = [
  AuditEventsRepository,
  InvitationsRepository,
  MailedTokensRepository,
  MembershipsRepository,
  OrganisationsRepository,
  SecondFactorsRepository,
  SessionsRepository,
  UsersRepository,
];
