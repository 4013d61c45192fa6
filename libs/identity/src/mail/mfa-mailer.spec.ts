import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AppConfig, loadEnvironment, type OutboxRelay } from '@bluecarbon/platform';
import { registerIdentityTranslations } from '../i18n/translations';
import { IdentitySettings } from '../identity-settings';
import { MFA_ENROLMENT_LINK_SENT } from '../mfa/mfa-events';
import { MailTransport } from './mail-transport';
import { MfaMailer } from './mfa-mailer';
import { TokenMail } from './token-mail';

describe('enrolment-link mail without SMTP_URL', () => {
  registerIdentityTranslations();

  it("logs the mail with the link's token masked, then removes the token from the outbox", async () => {
    const logged: unknown[] = [];
    const spy = jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
      logged.push(message);
    });
    const queries: unknown[][] = [];
    const dataSource = { query: async (...args: unknown[]) => queries.push(args) } as unknown as DataSource;
    const config = new AppConfig(loadEnvironment({ PUBLIC_WEB_URL: 'https://portal.example.org' }));
    const transport = new MailTransport(config);
    const mailer = new MfaMailer({} as OutboxRelay, transport, new TokenMail(transport, dataSource), new IdentitySettings(config));
    const token = 'Zm9vYmFyLXNlY3JldC1lbnJvbG1lbnQtdG9rZW4tMDEyMzQ1Njc4OQ';
    try {
      await mailer.deliverLink({
        id: 'event-1',
        type: MFA_ENROLMENT_LINK_SENT,
        attempts: 0,
        createdAt: new Date(),
        payload: { userId: 'u', email: 'admin@example.org', locale: 'pt-BR', expiresAt: new Date().toISOString(), token },
      });
    } finally {
      spy.mockRestore();
    }
    const line = JSON.stringify(logged);
    expect(line).toContain('admin@example.org');
    expect(line).toContain('https://portal.example.org/me/mfa/enrol?token=[redacted]');
    expect(line).toContain('Configure seu segundo fator');
    expect(line).not.toContain(token);
    expect(queries).toEqual([[expect.stringContaining(`payload - 'token'`), ['event-1']]]);
  });
});
