import { ConfigurationError } from '../config/load-environment';

/**
 * SQLSTATEs a retry cannot fix: an unknown database, a refused password, a role that may not
 * sign in. Everything else (refused or dropped connections, a server still starting, too many
 * clients) may pass, so start-up keeps retrying those.
 */
const PERMANENT_CONNECTION_ERRORS: Record<string, string> = {
  '3D000': 'the database does not exist',
  '28P01': 'the password was refused',
  '28000': 'the role may not connect',
};

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isPermanentConnectionError(error: unknown): boolean {
  const code = sqlState(error);
  return code !== undefined && code in PERMANENT_CONNECTION_ERRORS;
}

/**
 * What a process prints when it cannot start: one line for what an operator must fix in the
 * settings (bad configuration, a database that refuses for good), the stack otherwise.
 */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof ConfigurationError) return error.message;
  if (isPermanentConnectionError(error)) {
    const code = sqlState(error) as string;
    // The server's message names the database or role, never the password.
    const said = error instanceof Error ? error.message : String(error);
    return `Database refused the connection: ${PERMANENT_CONNECTION_ERRORS[code]} (SQLSTATE ${code}: ${said}); check DATABASE_URL`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
