// Public API of the identity lib: other libs import only from here.
export { AccessService } from './access/access.service';
export { ActorContext, actorFields, type AuthenticatedActor } from './access/actor';
export { ActorLoader } from './access/actor-loader.service';
export { actorOf, Ctx, CurrentActor } from './access/current-actor.decorator';
export {
  AllowDuringMfaEnrolment,
  PERMISSION,
  RequirePermission,
  type RoutePermission,
  SignedIn,
} from './access/permission.decorator';
export { RequestAuthenticator } from './access/http/request-authenticator';
export { AccessTokenService } from './auth/access-token.service';
export { IDENTITY_ENTITIES } from './entities';
export { Invitation } from './entities/invitation.entity';
export { type DomainEvent, DomainEvents } from './events/domain-events';
export { Membership } from './entities/membership.entity';
export { type LocalizedText, Organisation } from './entities/organisation.entity';
export { User } from './entities/user.entity';
export { IDENTITY_TRANSLATIONS } from './i18n/translations';
export { IdentityHousekeeping, type SweepResult } from './housekeeping/identity-housekeeping';
export { IdentityModule, IdentityWorkerModule } from './identity.module';
export { IdentitySettings } from './identity-settings';
export { INVITATION_CREATED, type InvitationInput, InvitationsService } from './invitations/invitations.service';
export { localizedName } from './localized';
export { SecretBox } from './mfa/secret-box';
export { totpCodeAt } from './mfa/totp';
export { OrganisationsService } from './organisations/organisations.service';
export { ARGON2_OPTIONS, PasswordHasher } from './passwords/password-hasher';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './passwords/password-policy';
export * from './policy/access-policy';
export { DEMO_ORGANISATIONS, DEMO_USERS } from './seed/demo-data';
export { type CreatedPlatformAdmin, type NewPlatformAdmin, PlatformAdminsService } from './users/platform-admins.service';
export { demoUserId, linkDemoCity } from './seed/demo-directory';
export { seedDemoData } from './seed/seed-demo';
