import { randomUUID } from 'node:crypto';
import { createDataSource, runMigrations, updateVersioned } from '@bluecarbon/platform';
import type { DataSource } from 'typeorm';
import { EntitySchema } from 'typeorm';
import { engineName, testConfig } from '../support/test-app';

interface Probe {
  id: string;
  hits: number;
  version: number;
}

describe(`transactions on the ${engineName()} engine`, () => {
  const table = `probe_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const ProbeEntity = new EntitySchema<Probe>({
    name: table,
    tableName: table,
    columns: { id: { type: 'uuid', primary: true }, hits: { type: 'int' }, version: { type: 'int' } },
  });
  let dataSource: DataSource;

  beforeAll(async () => {
    const config = testConfig();
    dataSource = await createDataSource(config, [ProbeEntity]);
    await runMigrations(dataSource, config.databaseEngine);
    await dataSource.query(`CREATE TABLE ${table} (id uuid PRIMARY KEY, hits int NOT NULL, version int NOT NULL)`);
  });
  afterAll(async () => {
    await dataSource.query(`DROP TABLE IF EXISTS ${table}`);
    await dataSource.destroy();
  });

  it('keeps 50 concurrent transactions isolated: every 7th rolls back, 42 increments remain', async () => {
    const id = randomUUID();
    await dataSource.query(`INSERT INTO ${table} (id, hits, version) VALUES ($1, 0, 1)`, [id]);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        dataSource.transaction(async (manager) => {
          await manager.query(`UPDATE ${table} SET hits = hits + 1 WHERE id = $1`, [id]);
          // Yield so that, without isolation, other transactions' statements interleave here.
          await new Promise((resolve) => setImmediate(resolve));
          if (index % 7 === 0) throw new Error(`transaction ${index} fails after its update`);
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(8);
    const [row] = await dataSource.query(`SELECT hits FROM ${table} WHERE id = $1`, [id]);
    expect(row.hits).toBe(42);
  });

  it('serves plain queries while transactions are running, without deadlock', async () => {
    const id = randomUUID();
    await dataSource.query(`INSERT INTO ${table} (id, hits, version) VALUES ($1, 0, 1)`, [id]);
    const work = Array.from({ length: 20 }, (_, index) =>
      index % 2
        ? dataSource.transaction((manager) => manager.query(`UPDATE ${table} SET hits = hits + 1 WHERE id = $1`, [id]))
        : dataSource.query(`SELECT hits FROM ${table} WHERE id = $1`, [id]),
    );
    await Promise.all(work);
    const [row] = await dataSource.query(`SELECT hits FROM ${table} WHERE id = $1`, [id]);
    expect(row.hits).toBe(10);
  });

  it('lets exactly one of two edits based on the same version win (If-Match)', async () => {
    const id = randomUUID();
    await dataSource.query(`INSERT INTO ${table} (id, hits, version) VALUES ($1, 0, 1)`, [id]);
    const results = await Promise.allSettled(
      [5, 9].map((hits) => dataSource.transaction((manager) => updateVersioned<Probe>(manager, ProbeEntity, id, 1, { hits }, 'probe'))),
    );
    const winners = results.filter((result) => result.status === 'fulfilled');
    const losers = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].reason).toMatchObject({ status: 412, code: 'precondition_failed' });
    expect(losers[0].reason.options.extensions).toEqual({ currentVersion: 2 });
    const [row] = await dataSource.query(`SELECT hits, version FROM ${table} WHERE id = $1`, [id]);
    expect(row.version).toBe(2);
    expect(row.hits).toBe((winners[0] as PromiseFulfilledResult<Probe>).value.hits);
  });

  it('answers 404, not 412, when the edited row does not exist', async () => {
    await expect(
      dataSource.transaction((manager) => updateVersioned<Probe>(manager, ProbeEntity, randomUUID(), 1, { hits: 1 }, 'probe')),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('has pg_trgm, and it matches Chinese text (needs a UTF-8 LC_CTYPE)', async () => {
    const [row] = await dataSource.query(`SELECT similarity('红树林碳汇项目', '红树林碳汇') AS score`);
    expect(Number(row.score)).toBeGreaterThan(0.4);
  });
});
