import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@bluecarbon/platform';
import { IDENTITY_ENTITIES } from './entities';
import { registerIdentityTranslations } from './i18n/translations';
import { IdentitySettings } from './identity-settings';
import { InvitationMailer } from './mail/invitation-mailer';
import { MailTransport } from './mail/mail-transport';
import { MfaMailer } from './mail/mfa-mailer';
import { PasswordResetMailer } from './mail/password-reset-mailer';
import { TokenMail } from './mail/token-mail';
import { PeopleDirectory } from './users/people-directory.service';
import { UserTimeZones } from './users/user-time-zones';

registerIdentityTranslations();

/**
 * What both the API and the worker need: entities, settings, and the outbox handlers that
 * mail invitations and second-factor enrolment links and notices (the worker runs the relay;
 * on the embedded engine the API does).
 */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [
    { provide: IdentitySettings, inject: [AppConfig], useFactory: (config: AppConfig) => new IdentitySettings(config) },
    MailTransport,
    TokenMail,
    InvitationMailer,
    MfaMailer,
    PasswordResetMailer,
    PeopleDirectory,
    UserTimeZones,
  ],
  exports: [IdentitySettings, MailTransport, PeopleDirectory, TypeOrmModule, UserTimeZones],
})
export class IdentityCoreModule {}
