import { DataSource } from 'typeorm';
import { readConfig } from '../config/read-config';
import { dataSourceOptions } from './create-data-source';
import { preparedStatement, queryPrepared } from './prepared-statement';

// Outside a transaction queryPrepared goes to the pool itself, not through a TypeORM query
// runner: on either engine (DATABASE_URL set: the server), a transaction's reads must still see
// its own work, and concurrent callers of one statement must each get their own rows.
describe(`queryPrepared on the ${process.env.DATABASE_URL ? 'server' : 'embedded'} engine`, () => {
  let dataSource: DataSource;
  const SETTING = preparedStatement('spec_pool_setting', `SELECT current_setting('bluecarbon.spec', true) AS value`);
  const ECHO = preparedStatement('spec_pool_echo', `SELECT $1::int AS n, $1::int * 2 AS twice`);

  beforeAll(async () => {
    dataSource = await new DataSource(await dataSourceOptions(readConfig({ PGLITE_DATA_DIR: 'memory://', NODE_ENV: 'test' }))).initialize();
  });
  afterAll(() => dataSource.destroy());

  it("reads inside a transaction on the transaction's connection, and outside it on the pool", async () => {
    const inside = await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('bluecarbon.spec', 'in-transaction', true)`);
      return queryPrepared<{ value: string | null }>(manager, SETTING, []);
    });
    expect(inside).toEqual([{ value: 'in-transaction' }]);
    // The setting was local to that transaction: no pooled session keeps it.
    const outside = await Promise.all(Array.from({ length: 12 }, () => queryPrepared<{ value: string | null }>(dataSource.manager, SETTING, [])));
    for (const rows of outside) expect(rows[0]?.value ?? '').toBe('');
  });

  it('answers each of many concurrent callers of one statement with their own values', async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, (_, n) => queryPrepared<{ n: number; twice: number }>(dataSource.manager, ECHO, [n])));
    answers.forEach((rows, n) => expect(rows).toEqual([{ n, twice: 2 * n }]));
  });
});
