/**
 * The tokens of the signed-in user. The access token (15 minutes) lives in memory only; the
 * refresh token is kept in sessionStorage so that a reload keeps the session in this tab, and
 * closing the tab forgets it. The strict CSP (no inline or foreign script) is what keeps
 * other code from reading it.
 */
export interface Tokens {
  accessToken: string;
  refreshToken: string | null;
  /** The role requires a second factor this account lacks: the token can only enrol one. */
  mfaEnrolmentRequired?: boolean;
}

const REFRESH_KEY = 'bluecarbon.refresh';
let accessToken: string | null = null;
let enrolmentOnly = false;
const listeners = new Set<() => void>();

export const session = {
  accessToken: (): string | null => accessToken,
  refreshToken: (): string | null => {
    try {
      return sessionStorage.getItem(REFRESH_KEY);
    } catch {
      return null;
    }
  },
  isSignedIn: (): boolean => accessToken !== null || session.refreshToken() !== null,
  enrolmentOnly: (): boolean => enrolmentOnly,
  set(tokens: Tokens): void {
    accessToken = tokens.accessToken;
    enrolmentOnly = tokens.mfaEnrolmentRequired === true;
    try {
      if (tokens.refreshToken) sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
      else sessionStorage.removeItem(REFRESH_KEY);
    } catch {
      // No storage: the session lasts until the page is reloaded.
    }
    notify();
  },
  clear(): void {
    accessToken = null;
    enrolmentOnly = false;
    try {
      sessionStorage.removeItem(REFRESH_KEY);
    } catch {
      // nothing stored
    }
    notify();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function notify(): void {
  for (const listener of listeners) listener();
}
