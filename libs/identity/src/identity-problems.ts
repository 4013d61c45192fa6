import { problemCatalogue } from '@bluecarbon/platform';

/**
 * Every problem code the identity lib sends, with its status. One code, one message
 * `errors.<code>.title|detail` in each locale file (the translations spec checks all three).
 */
export const IDENTITY_PROBLEMS = problemCatalogue({
  invalid_credentials: 401,
  mfa_required: 401,
  invalid_second_factor: 401,
  invalid_second_factor_code: 400,
  invalid_refresh_token: 401,
  mfa_enrolment_required: 403,
  mfa_already_enabled: 409,
  mfa_not_pending: 409,
  mfa_not_enabled: 409,
  mfa_required_for_role: 403,
  mfa_enrolment_link_sent: 403,
  mfa_enrolment_link_invalid: 400,
  password_rejected: 400,
  invitation_not_found: 404,
  invitation_used: 410,
  invitation_expired: 410,
  email_taken: 409,
  forbidden_role: 403,
  forbidden_locale: 403,
  member_self_change: 409,
  password_reset_invalid: 400,
});

export const identityProblem = IDENTITY_PROBLEMS.problem;
