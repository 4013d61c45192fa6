import createClient from 'openapi-fetch';
import { currentLocale } from '../i18n/i18n';
import { isProblem, type Problem } from './problem';
import type { components, paths } from './schema';
import { session } from './session';

export type Schemas = components['schemas'];

/** A problem+json answer, thrown by `unwrap` so that TanStack Query sees it as the error. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time: parallel 401s wait for the same new token (a refresh token is single use). */
function refreshOnce(): Promise<boolean> {
  refreshing ??= refreshTokens().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function refreshTokens(): Promise<boolean> {
  const refreshToken = session.refreshToken();
  if (!refreshToken) return false;
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': currentLocale() },
    body: JSON.stringify({ refreshToken }),
  });
  if (!response.ok) {
    session.clear();
    return false;
  }
  const tokens = (await response.json()) as Schemas['TokenResponse'];
  session.set(tokens);
  return true;
}

function withHeaders(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.set('Accept-Language', currentLocale());
  const token = session.accessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

/**
 * Every call carries the language and the access token. A 401 on a signed-in call gets one
 * refresh and one retry (the access token had expired, or the page was reloaded and only the
 * refresh token survived); if the refresh fails the session ends and the app shows sign-in.
 */
async function portalFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  if (!session.accessToken() && session.refreshToken() && !request.url.includes('/auth/')) await refreshOnce();
  const response = await fetch(withHeaders(request));
  if (response.status !== 401 || request.url.includes('/auth/') || !session.refreshToken()) return response;
  return (await refreshOnce()) ? fetch(withHeaders(retry)) : response;
}

export const api = createClient<paths>({ baseUrl: '/', fetch: portalFetch });

/** The data of an answer, or a ProblemError carrying the API's problem+json. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    if (isProblem(result.error)) throw new ProblemError(result.error);
    throw new ProblemError({
      type: 'about:blank',
      title: result.response.statusText,
      status: result.response.status,
      detail: result.response.statusText,
      code: 'http_error',
    });
  }
  return result.data as T;
}

/** The ETag of an answer as a version, for If-Match on the next write. */
export function etagOf(response: Response): string {
  return response.headers.get('ETag') ?? '';
}
