import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import pino from 'pino';
import { DataSource, QueryFailedError } from 'typeorm';
import { readConfig } from '../config/read-config';
import { dataSourceOptions } from '../database/create-data-source';
import { DatabaseLogger, loggerOptions, PinoNestLogger } from './logging';

// The server in DATABASE_URL when set (CI runs both engines), else an in-memory PGlite.
describe('database errors in the log', () => {
  const lines: string[] = [];
  const logger = pino(
    loggerOptions('info'),
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    }),
  );
  let dataSource: DataSource;

  beforeAll(async () => {
    const config = readConfig({ PGLITE_DATA_DIR: 'memory://', NODE_ENV: 'test' });
    dataSource = await new DataSource({ ...(await dataSourceOptions(config)), logger: new DatabaseLogger(logger) }).initialize();
    await dataSource.query(`CREATE TEMP TABLE logged_person (email text UNIQUE)`);
    await dataSource.query(`INSERT INTO logged_person (email) VALUES ($1)`, ['alice@example.org']);
  });
  afterAll(() => dataSource.destroy());
  beforeEach(() => lines.splice(0));

  it.each([
    ['a bad value', `SELECT $1::uuid`],
    ['a unique violation', `INSERT INTO logged_person (email) VALUES ($1)`],
  ])('logs %s as JSON without the query parameters', async (_name, sql) => {
    const error = await dataSource.query(sql, ['alice@example.org']).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(QueryFailedError);
    // The problem filter logs an unhandled error the same way: { err }.
    logger.error({ err: error }, 'unhandled error');

    expect(lines).toHaveLength(2);
    const entries = lines.map((line) => JSON.parse(line) as { err: { code?: string; query?: string } });
    expect(entries[0]).toMatchObject({ msg: 'query failed', err: { code: expect.stringMatching(/^2[23]/) } });
    expect(entries[1]?.err.query).toBe(sql);
    expect(lines.join('\n')).not.toContain('alice@example.org');
  });

  it("logs it without the value through Nest's Logger too, the way the problem filter does", async () => {
    const error = await dataSource.query(`SELECT $1::uuid`, ['alice@example.org']).catch((caught: unknown) => caught);
    Logger.overrideLogger(new PinoNestLogger(logger));
    try {
      new Logger('ProblemFilter').error({ err: error, reqId: 'req-1' }, 'unhandled error');
    } finally {
      Logger.overrideLogger(false);
    }
    const entry = JSON.parse(lines.at(-1) ?? '') as { reqId?: string; err?: { code?: string } };
    expect(entry).toMatchObject({ reqId: 'req-1', err: { code: '22P02' } });
    expect(lines.join('\n')).not.toContain('alice@example.org');
  });
});
