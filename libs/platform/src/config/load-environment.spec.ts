import { AppConfig } from './app-config';
import { ConfigurationError, loadEnvironment } from './load-environment';

describe('loadEnvironment', () => {
  it('applies defaults when nothing is set: embedded engine, port 3000', () => {
    const config = new AppConfig(loadEnvironment({}));
    expect(config.env.PORT).toBe(3000);
    expect(config.databaseEngine).toBe('embedded');
    expect(config.workerInApi).toBe(true);
    expect(config.env.PGLITE_DATA_DIR).toBe('./.data/pglite');
    expect(config.env.BODY_LIMIT_BYTES).toBe(1024 * 1024);
  });

  // A checkout has demo users and a published signing key: it must not answer the network.
  it.each(['development', 'test', 'production'])('listens on loopback only unless HOST is set (NODE_ENV=%s)', (nodeEnv) => {
    const env = loadEnvironment({ NODE_ENV: nodeEnv, JWT_SECRET: 'k'.repeat(32) });
    expect(env.HOST).toBe('127.0.0.1');
    expect(loadEnvironment({ NODE_ENV: nodeEnv, JWT_SECRET: 'k'.repeat(32), HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  it('converts strings to typed values', () => {
    const env = loadEnvironment({ PORT: '8080', RUN_MIGRATIONS: 'false', WORKER_IN_API: '1' });
    expect(env.PORT).toBe(8080);
    expect(env.RUN_MIGRATIONS).toBe(false);
    expect(env.WORKER_IN_API).toBe(true);
  });

  it('switches to the server engine with DATABASE_URL and moves the relay to the worker', () => {
    const config = new AppConfig(loadEnvironment({ DATABASE_URL: 'postgres://u@db:5432/portal' }));
    expect(config.databaseEngine).toBe('server');
    expect(config.workerInApi).toBe(false);
  });

  it.each([
    ['PORT', 'abc', /PORT.*integer.*"abc"/],
    ['PORT', '70000', /PORT.*65535/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL: must be a postgres/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['RUN_MIGRATIONS', 'maybe', /RUN_MIGRATIONS.*boolean/],
    ['CALCULATION_POOL_SIZE', '0', /CALCULATION_POOL_SIZE.*less than 1/],
    ['CALCULATION_TIME_BUDGET_MS', 'soon', /CALCULATION_TIME_BUDGET_MS.*integer/],
  ])('refuses %s=%s with one line naming the variable', (name, value, pattern) => {
    let error: unknown;
    try {
      loadEnvironment({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toMatch(pattern);
    expect(message).not.toContain('\n');
  });

  it('never echoes a database URL, which may hold a password', () => {
    expect(() => loadEnvironment({ DATABASE_URL: 'mysql://user:hunter2@db' })).toThrow(/^((?!hunter2).)*$/);
  });

  it.each([
    ['JWT_SECRET', 'short-jwt-key-hunter2'],
    ['MFA_ENCRYPTION_KEY', 'short-mfa-key-hunter2'],
    ['DEMO_PASSWORD', 'hunter2'],
    ['SMTP_URL', 'ftp://mailer:hunter2@mail'],
    ['DATABASE_URL', 'mysql://user:hunter2@db'],
  ])('names %s but never echoes its secret value', (name, value) => {
    let message = '';
    try {
      loadEnvironment({ [name]: value });
    } catch (caught) {
      message = (caught as Error).message;
    }
    expect(message).toContain(name);
    expect(message).not.toContain('hunter2');
  });

  it('trusts no proxy unless told which, and never all of them', () => {
    expect(new AppConfig(loadEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(32) })).trustProxy).toBe(false);
    expect(new AppConfig(loadEnvironment({ TRUST_PROXY: '1' })).trustProxy).toBe(1);
    expect(new AppConfig(loadEnvironment({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.4' })).trustProxy).toBe('10.0.0.0/8,192.168.1.4');
    expect(() => loadEnvironment({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('parses CORS origins', () => {
    expect(new AppConfig(loadEnvironment({ CORS_ORIGINS: 'https://a.org, https://b.org' })).corsOrigins).toEqual(['https://a.org', 'https://b.org']);
    expect(new AppConfig(loadEnvironment({ CORS_ORIGINS: '*' })).corsOrigins).toBe('*');
    expect(new AppConfig(loadEnvironment({})).corsOrigins).toBeNull();
  });
});
