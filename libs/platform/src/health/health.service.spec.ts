import { Logger, type LoggerService } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { buildProblem } from '../http/problem-document';
import { ProblemException } from '../http/problem.exception';
import { SUPPORTED_LOCALES } from '../i18n/negotiate-locale';
import { ShutdownState } from '../lifecycle/shutdown-state';
import { HealthService } from './health.service';

describe('readiness when the database does not answer', () => {
  const driverText = 'connect ECONNREFUSED 10.0.3.7:5432';
  const logged: unknown[][] = [];
  const capture: LoggerService = {
    log: () => undefined,
    error: (...args: unknown[]) => logged.push(args),
    warn: (...args: unknown[]) => logged.push(args),
  };
  const failing = { query: () => Promise.reject(new Error(driverText)) } as unknown as DataSource;
  const service = new HealthService(failing, {} as AppConfig, new ShutdownState());

  beforeEach(() => {
    logged.splice(0);
    Logger.overrideLogger(capture);
  });
  afterEach(() => Logger.overrideLogger(false));

  async function refusal(): Promise<ProblemException> {
    const caught: unknown = await service.readiness().catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(ProblemException);
    return caught as ProblemException;
  }

  it.each(SUPPORTED_LOCALES)('answers 503 in %s without the driver text, and says when to retry', async (locale) => {
    const problem = await refusal();
    const body = buildProblem({ status: problem.status, code: problem.code, params: problem.options.params, locale });
    expect(body).toMatchObject({ status: 503, code: 'database_unavailable' });
    expect(problem.options.headers).toEqual({ 'Retry-After': '5' });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|10\.0\.3\.7|connect/);
    if (locale === 'zh-CN') expect(`${body.title}${body.detail}`).not.toMatch(/[A-Za-z]/);
    if (locale === 'pt-BR') expect(body.detail).toBe('O banco de dados não respondeu. Tente novamente em alguns segundos.');
  });

  it('logs the driver text for the operator', async () => {
    await refusal();
    // As the problem filter logs: `{ err }`, which pino's serializer writes with its message.
    expect(logged).toEqual([[{ err: new Error(driverText), during: 'readiness' }, 'database unavailable', 'Database']]);
    expect((logged[0]?.[0] as { err: Error }).err.message).toBe(driverText);
  });
});
