import { AppConfig, ConfigurationError, loadEnvironment } from '@bluecarbon/platform';
import { IdentitySettings } from './identity-settings';

const settings = (env: Record<string, string>) => new IdentitySettings(new AppConfig(loadEnvironment(env)));
const SECRET = 'x'.repeat(40);

describe('identity settings', () => {
  it('refuses to start in production without a JWT secret, or with a short one', () => {
    expect(() => loadEnvironment({ NODE_ENV: 'production' })).toThrow(ConfigurationError);
    expect(() => loadEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadEnvironment({ NODE_ENV: 'production', JWT_SECRET: SECRET })).not.toThrow();
  });

  it('uses a development key outside production, and the configured one when given', () => {
    expect(settings({}).jwtKey.length).toBeGreaterThanOrEqual(32);
    expect(new TextDecoder().decode(settings({ JWT_SECRET: SECRET }).jwtKey)).toBe(SECRET);
  });

  it('requires MFA of admins and stewards in production unless told otherwise, and of nobody in the demo', () => {
    expect([...settings({ NODE_ENV: 'production', JWT_SECRET: SECRET }).mfaRequiredRoles].sort()).toEqual(['admin', 'steward']);
    expect(settings({}).mfaRequiredRoles.size).toBe(0);
    expect([...settings({ MFA_REQUIRED_ROLES: 'coordinator, steward' }).mfaRequiredRoles].sort()).toEqual(['coordinator', 'steward']);
    expect(settings({ NODE_ENV: 'production', JWT_SECRET: SECRET, MFA_REQUIRED_ROLES: 'none' }).mfaRequiredRoles.size).toBe(0);
    expect(() => loadEnvironment({ MFA_REQUIRED_ROLES: 'admin,wizard' })).toThrow(/MFA_REQUIRED_ROLES/);
  });

  it('has the documented defaults', () => {
    const defaults = settings({});
    expect(defaults.accessTokenTtlSeconds).toBe(900);
    expect(defaults.invitationTtlDays).toBe(7);
    expect(defaults.rateLimit).toEqual({ windowSeconds: 900, perIp: 10_000, perAccount: 10 });
    expect(settings({ NODE_ENV: 'production', JWT_SECRET: SECRET }).rateLimit.perIp).toBe(100);
  });

  it('refuses malformed mail and link settings', () => {
    expect(() => loadEnvironment({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(() => loadEnvironment({ PUBLIC_WEB_URL: 'portal.example.org' })).toThrow(/PUBLIC_WEB_URL/);
  });
});
