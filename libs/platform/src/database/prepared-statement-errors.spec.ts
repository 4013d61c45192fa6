import { Writable } from 'node:stream';
import pino from 'pino';
import { DataSource, QueryFailedError } from 'typeorm';
import { readConfig } from '../config/read-config';
import { DatabaseLogger, loggerOptions } from '../http/logging';
import { dataSourceOptions } from './create-data-source';
import { preparedStatement, queryPrepared } from './prepared-statement';

// A failing prepared statement reaches DatabaseLogger.logQueryError with the { name, text }
// object as `query`: the logger must read its text, not throw inside TypeORM's catch block, or the
// caller gets a TypeError instead of the QueryFailedError (no 4xx/409 mapping, the cause lost).
describe('a failing prepared statement', () => {
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
  });
  afterAll(() => dataSource.destroy());

  it('rejects with the database error (QueryFailedError, SQLSTATE 22P02), as a plain query does', async () => {
    const statement = preparedStatement('review_bad_uuid', `SELECT $1::uuid AS id`);
    const error = await queryPrepared(dataSource.manager, statement, ['not-a-uuid']).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError).driverError).toMatchObject({ code: '22P02' });
    expect(lines.some((line) => line.includes('query failed'))).toBe(true);
  });
});
