import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig } from '@bluecarbon/platform';
import { AccessGuard } from './access/access.guard';
import { RequestAuthenticator } from './access/http/request-authenticator';
import { AccessService } from './access/access.service';
import { ActorLoader } from './access/actor-loader.service';
import { AuditLogController } from './audit/audit-log.controller';
import { AuditLogService } from './audit/audit-log.service';
import { AccessTokenService } from './auth/access-token.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginRateLimiter } from './auth/login-rate-limiter.service';
import { RefreshTokenService } from './auth/refresh-token.service';
import { IdentityHousekeeping, RUNS_BACKGROUND_WORK } from './housekeeping/identity-housekeeping';
import { DomainEvents } from './events/domain-events';
import { IdentityCoreModule } from './identity-core.module';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { IdentitySettings } from './identity-settings';
import { EnrolmentLinks } from './mfa/enrolment-links.service';
import { MfaService } from './mfa/mfa.service';
import { SecretBox } from './mfa/secret-box';
import { SecondFactorService } from './mfa/second-factor.service';
import { MembersController } from './members/members.controller';
import { MembersService } from './members/members.service';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { PasswordHasher } from './passwords/password-hasher';
import { PasswordResets } from './passwords/password-resets.service';
import { MeController } from './users/me.controller';
import { MeService } from './users/me.service';
import { IDENTITY_REPOSITORIES } from './repositories';
import { MailedTokensRepository } from './repositories/mailed-tokens.repository';

/**
 * Sign-in, accounts, organisations, invitations, the audit trail's reader, and the global
 * guard that puts every route of the API behind a token unless it is marked @Public().
 */
@Module({
  imports: [IdentityCoreModule],
  controllers: [AuthController, MeController, OrganisationsController, MembersController, InvitationsController, AuditLogController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AccessService,
    AccessTokenService,
    ActorLoader,
    AuditLogService,
    AuthService,
    DomainEvents,
    EnrolmentLinks,
    IdentityHousekeeping,
    { provide: RUNS_BACKGROUND_WORK, inject: [AppConfig], useFactory: (config: AppConfig) => config.workerInApi },
    InvitationsService,
    LoginRateLimiter,
    MembersService,
    MfaService,
    OrganisationsService,
    PasswordHasher,
    PasswordResets,
    RefreshTokenService,
    RequestAuthenticator,
    { provide: SecretBox, inject: [IdentitySettings], useFactory: (settings: IdentitySettings) => new SecretBox(settings.mfaKey) },
    SecondFactorService,
    MeService,
    ...IDENTITY_REPOSITORIES,
  ],
  exports: [
    AccessService,
    ActorLoader,
    DomainEvents,
    IdentityCoreModule,
    IdentityHousekeeping,
    InvitationsService,
    OrganisationsService,
    PasswordHasher,
    RequestAuthenticator,
  ],
})
export class IdentityModule {}

/** For the worker: the outbox handlers (invitation mail) without HTTP, guard or sessions. */
@Module({
  imports: [IdentityCoreModule],
  providers: [IdentityHousekeeping, MailedTokensRepository, { provide: RUNS_BACKGROUND_WORK, useValue: true }],
  exports: [IdentityCoreModule],
})
export class IdentityWorkerModule {}
