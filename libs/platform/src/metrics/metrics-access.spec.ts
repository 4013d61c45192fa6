import { readConfig } from '../config/read-config';
import { metricsAccess } from './metrics-access';

const config = (env: Record<string, string>) => readConfig({ PGLITE_DATA_DIR: 'memory://', ...env });
const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };

describe('who may read /metrics', () => {
  it('anyone on a development machine when no token is set', () => {
    expect(metricsAccess(config({ NODE_ENV: 'development' }), undefined)).toBe('served');
  });

  it('nobody in production when no token is set: the route is off', () => {
    expect(metricsAccess(config(production), 'Bearer anything')).toBe('disabled');
  });

  it.each([
    [undefined, 'token_required'],
    ['Bearer not-the-token-at-all', 'token_required'],
    ['scrape-token-0123456789', 'token_required'], // without the Bearer scheme
    ['Bearer scrape-token-0123456789', 'served'],
    ['bearer scrape-token-0123456789', 'served'],
  ])('with METRICS_TOKEN, in production or not, Authorization %p → %s', (authorization, expected) => {
    for (const env of [production, { NODE_ENV: 'development' }]) {
      expect(metricsAccess(config({ ...env, METRICS_TOKEN: 'scrape-token-0123456789' }), authorization)).toBe(expected);
    }
  });
});
