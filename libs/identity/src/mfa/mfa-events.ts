/** Outbox events (and audit actions) of second-factor enrolment; the mailer delivers both. */

/** A link that authorises enrolment was mailed to the account. */
export const MFA_ENROLMENT_LINK_SENT = 'identity.mfa.enrolment_link_sent';

/** A second factor was enrolled: the owner is mailed a notice. */
export const MFA_ENABLED = 'identity.mfa.enabled';

/** The owner removed their second factor (no mail: they did it themselves, signed in). */
export const MFA_DISABLED = 'identity.mfa.disabled';

export interface EnrolmentLinkMailPayload {
  userId: string;
  email: string;
  locale: string;
  expiresAt: string;
  /** Removed from the stored event once the mail is sent. */
  token?: string;
}

export interface MfaEnabledMailPayload {
  userId: string;
  email: string;
  locale: string;
  enabledAt: string;
}
