import { AppConfig, loadEnvironment } from '@bluecarbon/platform';
import { exposureWarning } from './listen-address';

const config = (env: Record<string, string>) => new AppConfig(loadEnvironment(env));

describe('the address the API listens on', () => {
  it('is loopback by default, so a checkout is not reachable from the network', () => {
    expect(config({}).env.HOST).toBe('127.0.0.1');
    expect(exposureWarning(config({}))).toBeNull();
    expect(exposureWarning(config({ HOST: '::1' }))).toBeNull();
  });

  it('warns when a development or test API is opened to other machines', () => {
    expect(exposureWarning(config({ HOST: '0.0.0.0' }))).toMatch(/HOST=0\.0\.0\.0.*development.*demo users/);
    expect(exposureWarning(config({ HOST: '192.168.1.20', NODE_ENV: 'test' }))).toMatch(/test API/);
  });

  it('stays quiet in production, where containers listen on every interface on purpose', () => {
    expect(exposureWarning(config({ HOST: '0.0.0.0', NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(32) }))).toBeNull();
  });
});
