import { PlatformFoundation1764000000000 } from './1764000000000-platform-foundation';
import { Identity1764100000000 } from './1764100000000-identity';
import { Idempotency1764200000000 } from './1764200000000-idempotency';
import { Onboarding1764410000000 } from './1764410000000-onboarding';
import { Documents1764600000000 } from './1764600000000-documents';
import { Methodology1764650000000 } from './1764650000000-methodology';
import { ConfidentialApplications1765500000000 } from './1765500000000-confidential-applications';
import { AuthSessions1765600000000 } from './1765600000000-auth-sessions';
import { WebhookSecrets1765700000000 } from './1765700000000-webhook-secrets';
import { MemoryOrigin1765730000000 } from './1765730000000-memory-origin';
import { LanguageFidelity1765810000000 } from './1765810000000-language-fidelity';
import { PasswordResets1766100000000 } from './1766100000000-password-resets';
import { UserTimeZone1767000000000 } from './1767000000000-user-time-zone';
import { Notifications1767400000000 } from './1767400000000-notifications';
import { Projects1767500000000 } from './1767500000000-projects';
import { ProjectIssuance1767500000001 } from './1767500000001-project-issuance';
import { CreditSales1767500000002 } from './1767500000002-credit-sales';
import { CreditAuctions1767600000000 } from './1767600000000-credit-auctions';
import { CreditSerials1767620000000 } from './1767620000000-credit-serials';
import { ReviewComments1767720000000 } from './1767720000000-review-comments';
import { AuctionStanding1767750000000 } from './1767750000000-auction-standing';

/**
 * The one ordered migration history of the portal. Domain libraries add their tables here
 * (a migration file per change, appended in time order), never through `synchronize`.
 */
export const MIGRATIONS = [
  PlatformFoundation1764000000000,
  Identity1764100000000,
  Idempotency1764200000000,
  Onboarding1764410000000,
  Documents1764600000000,
  Methodology1764650000000,
  ConfidentialApplications1765500000000,
  AuthSessions1765600000000,
  WebhookSecrets1765700000000,
  MemoryOrigin1765730000000,
  LanguageFidelity1765810000000,
  PasswordResets1766100000000,
  UserTimeZone1767000000000,
  Notifications1767400000000,
  Projects1767500000000,
  ProjectIssuance1767500000001,
  CreditSales1767500000002,
  CreditAuctions1767600000000,
  CreditSerials1767620000000,
  ReviewComments1767720000000,
  AuctionStanding1767750000000,
];
