import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { PlatformAdminsService } from '@bluecarbon/identity';
import { type AppConfig, buildProblem, createDataSource, ProblemException, runMigrations } from '@bluecarbon/platform';
import { API_ENTITIES } from '../api-entities';
import { type PasswordInput, PasswordInputError, readNewPassword } from './read-password';

export const CREATE_ADMIN_USAGE = `Usage: npm run admin:create -- --email <address> [--name <display name>]
The password is asked for on a terminal (not shown), or read from the first line of standard input:
  npm run admin:create -- --email ops@example.org < password.txt`;

export interface CommandIo {
  stdin: PasswordInput;
  /** The result. */
  stdout: Writable;
  /** Prompts and errors. */
  stderr: Writable;
}

/** Exit codes: 0 created, 1 refused (weak password, e-mail in use…), 2 wrong usage. */
export type ExitCode = 0 | 1 | 2;

/**
 * `npm run admin:create`: a platform administrator, made through identity's service on a data
 * source of the command's own (the API's entities). Works in production, where it is how the
 * first admin comes to exist; audited with request id `cli` (there is no signed-in actor).
 */
export async function createAdmin(argv: string[], config: AppConfig, io: CommandIo): Promise<ExitCode> {
  const fail = (code: ExitCode, message: string): ExitCode => {
    io.stderr.write(`admin:create: ${message}\n`);
    return code;
  };
  if (argv.some((arg) => /^--?password(=|$)/.test(arg))) {
    return fail(2, 'the password is never given on the command line (ps and the shell history would show it); type it when asked, or pipe it in');
  }
  let options: { email?: string; name?: string };
  try {
    options = parseArgs({ args: argv, options: { email: { type: 'string' }, name: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    return fail(2, `${(error as Error).message}\n${CREATE_ADMIN_USAGE}`);
  }
  if (!options.email) return fail(2, `--email is required\n${CREATE_ADMIN_USAGE}`);

  let password: string;
  try {
    password = await readNewPassword(io.stdin, io.stderr);
  } catch (error) {
    if (error instanceof PasswordInputError) return fail(1, error.message);
    throw error;
  }

  const dataSource = await createDataSource(config, API_ENTITIES);
  try {
    if (config.env.RUN_MIGRATIONS) await runMigrations(dataSource, config.databaseEngine);
    const admins = PlatformAdminsService.standalone(dataSource);
    const displayName = options.name ?? options.email.split('@', 1)[0] ?? options.email;
    const created = await admins.create({ email: options.email, displayName, password }, { requestId: 'cli' });
    io.stdout.write(`Created platform admin ${created.email} (user ${created.userId}, organisation ${created.organisationId}).\n`);
    return 0;
  } catch (error) {
    if (error instanceof ProblemException) return fail(1, describe(error));
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

/** The problem as the API would word it in English, one line per invalid field. */
function describe(problem: ProblemException): string {
  const { params, fieldErrors } = problem.options;
  const document = buildProblem({ status: problem.status, code: problem.code, locale: 'en', params, fieldErrors });
  return [document.detail, ...(document.errors ?? []).map((error) => `  ${error.message}`)].join('\n');
}
