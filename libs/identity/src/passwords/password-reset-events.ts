/** Long enough to open a mail, short enough that an old mailbox is no key. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

/** A forgot-password link was requested for an existing account: the worker mails it. */
export const PASSWORD_RESET_REQUESTED = 'identity.password.reset_requested';

/** A reset link was spent: the account has a new password and no sessions. */
export const PASSWORD_RESET = 'identity.password.reset';

export interface PasswordResetMailPayload {
  userId: string;
  email: string;
  locale: string;
  expiresAt: string;
  /** Removed from the stored event once the mail is sent. */
  token?: string;
}
