/** Long enough to open a mail, short enough that an old mailbox is no key. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

/** A forgot-password link was requested for an existing account: the worker mails it. */
export const PASSWORD_RESET_REQUESTED = 'identity.password.reset_requested';

export interface PasswordResetMailPayload {
  userId: string;
  email: string;
  locale: string;
  expiresAt: string;
  /** Removed from the stored event once the mail is sent. */
  token?: string;
}
