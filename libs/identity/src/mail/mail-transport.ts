import { Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '@bluecarbon/platform';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  language: string;
  /** Text to hide when the mail is only logged (one-time links). */
  secret?: string;
  /** Further headers, e.g. List-Unsubscribe on notifications. */
  headers?: Record<string, string>;
}

/**
 * SMTP when SMTP_URL is set; otherwise nodemailer's JSON transport, whose output is logged
 * with secrets masked, so local use needs no mail server and leaks no tokens into logs.
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;
  private readonly logOnly: boolean;

  constructor(private readonly config: AppConfig) {
    this.logOnly = !config.env.SMTP_URL;
    this.transporter = config.env.SMTP_URL ? nodemailer.createTransport(config.env.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail({
      from: this.config.env.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { ...mail.headers, 'Content-Language': mail.language },
    });
    if (this.logOnly) {
      const shown = mail.secret ? mail.text.split(mail.secret).join('[redacted]') : mail.text;
      this.logger.log({ to: mail.to, subject: mail.subject, text: shown }, 'mail not sent (SMTP_URL unset): logged instead');
    } else {
      this.logger.log({ to: mail.to, subject: mail.subject, messageId: (info as { messageId?: string }).messageId }, 'mail sent');
    }
  }
}
