import { Logger } from '@nestjs/common';
import { AppConfig, loadEnvironment } from '@bluecarbon/platform';
import { MailTransport } from './mail-transport';

describe('mail transport without SMTP_URL', () => {
  it('logs the mail instead of sending it, with the one-time token masked', async () => {
    const logged: unknown[] = [];
    const spy = jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
      logged.push(message);
    });
    try {
      const transport = new MailTransport(new AppConfig(loadEnvironment({})));
      await transport.send({
        to: 'invitee@example.org',
        subject: 'Invitation',
        text: 'Accept here: https://portal.example.org/invitations/accept?token=s3cr3t-t0ken',
        language: 'en',
        secret: 's3cr3t-t0ken',
      });
      const line = JSON.stringify(logged);
      expect(line).toContain('invitee@example.org');
      expect(line).toContain('token=[redacted]');
      expect(line).not.toContain('s3cr3t-t0ken');
    } finally {
      spy.mockRestore();
    }
  });
});
