import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from './client';
import type { Locale } from '../i18n/locale';
import { session } from './session';

export type Me = Schemas['MeResponse'];
export const ME_QUERY = ['me'] as const;

/** The signed-in user (memberships, roles, preferred locale); null when nobody is signed in. */
export function useMe(signedIn: boolean) {
  return useQuery({
    queryKey: ME_QUERY,
    enabled: signedIn,
    queryFn: async (): Promise<Me> => unwrap(await api.GET('/api/v1/me')),
  });
}

/** Remembers the language on the account (If-Match: the version GET /me answered with). */
export async function savePreferredLocale(me: Me, preferredLocale: Locale): Promise<Me> {
  return unwrap(await api.PATCH('/api/v1/me', { params: { header: { 'If-Match': `"${me.version}"` } }, body: { preferredLocale } }));
}

export function roles(me: Me | undefined): string[] {
  return [...new Set((me?.memberships ?? []).map((membership) => membership.role))];
}

export async function signOut(): Promise<void> {
  const refreshToken = session.refreshToken();
  const accessToken = session.accessToken();
  // Forgotten here at once (a reload meanwhile cannot revive the session); then the server
  // ends it too, whatever it answers.
  session.clear();
  await api
    .POST('/api/v1/auth/logout', { body: refreshToken ? { refreshToken } : {}, headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {} })
    .catch(() => undefined);
}
