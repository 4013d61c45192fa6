import { AppConfig } from '@bluecarbon/platform';
import { type Actor, type Role, ROLES, rolesOf } from './access/access-policy';

// Outside production only: a checkout runs with no configuration. Production refuses to start
// without JWT_SECRET (validated in EnvironmentVariables).
const DEVELOPMENT_JWT_SECRET = 'bluecarbon-development-only-secret-never-use-in-production';

/** The identity lib's view of the validated settings, derived once. */
export class IdentitySettings {
  readonly jwtKey: Uint8Array;
  readonly mfaKey: Uint8Array;
  readonly issuer: string;
  readonly audience: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  readonly mfaRequiredRoles: ReadonlySet<Role>;
  /**
   * In production a role that requires a second factor enrols one only through a link mailed
   * to the account (a password alone would let whoever knows it enrol theirs). Elsewhere the
   * demo and tests enrol with the password session, and mails are usually only logged.
   */
  readonly mfaEnrolmentByLink: boolean;
  readonly mfaEnrolmentLinkTtlMinutes = 30;
  readonly invitationTtlDays: number;
  readonly publicWebUrl: string;
  readonly demoPassword: string;
  readonly rateLimit: { windowSeconds: number; perIp: number; perAccount: number };

  constructor(config: AppConfig) {
    const env = config.env;
    this.jwtKey = new TextEncoder().encode(env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET);
    this.mfaKey = new TextEncoder().encode(env.MFA_ENCRYPTION_KEY ?? env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET);
    this.issuer = env.JWT_ISSUER;
    this.audience = env.JWT_AUDIENCE;
    this.accessTokenTtlSeconds = env.ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlDays = env.REFRESH_TOKEN_TTL_DAYS;
    this.mfaRequiredRoles = parseRoles(env.MFA_REQUIRED_ROLES ?? (config.isProduction ? 'admin,steward' : 'none'));
    this.mfaEnrolmentByLink = config.isProduction;
    this.invitationTtlDays = env.INVITATION_TTL_DAYS;
    this.publicWebUrl = config.publicWebUrl;
    this.demoPassword = env.DEMO_PASSWORD;
    this.rateLimit = {
      windowSeconds: env.LOGIN_RATE_LIMIT_WINDOW_SECONDS,
      perIp: env.LOGIN_RATE_LIMIT_PER_IP ?? (config.isProduction ? 100 : 10_000),
      perAccount: env.LOGIN_RATE_LIMIT_PER_ACCOUNT,
    };
  }

  /** Whether one of the actor's roles requires a second factor (MFA_REQUIRED_ROLES). */
  requiresSecondFactor(actor: Actor): boolean {
    return rolesOf(actor).some((role) => this.mfaRequiredRoles.has(role));
  }
}

function parseRoles(value: string): ReadonlySet<Role> {
  if (value.trim() === 'none') return new Set();
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return new Set(names.filter((name): name is Role => (ROLES as readonly string[]).includes(name)));
}
