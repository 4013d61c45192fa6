import { type ProblemException, Problems } from '@bluecarbon/platform';
import { identityProblem } from '../identity-problems';
import { type Action, type Actor, permits, type Resource, rolesAllowedTo } from './access-policy';

/**
 * A 403 that says what the action needs, never whose record it is: the roles that may do it
 * at all when the caller holds none of them, the locale when a language team works outside
 * its own, else the plain refusal (the record belongs elsewhere or its state does not allow
 * it: naming the city or the state would tell about another city's records).
 */
export function refusal(actor: Actor, action: Action, resource?: Resource): ProblemException {
  if (!permits(actor, action)) {
    return identityProblem('forbidden_role', { params: { roles: rolesAllowedTo(action).map((role) => ({ messageKey: `roles.${role}` })) } });
  }
  const teams = actor.memberships.filter((membership) => membership.role === 'translator' || membership.role === 'reviewer');
  if (
    resource?.kind === 'translation' &&
    resource.locale &&
    teams.length &&
    !teams.some((membership) => membership.locales.includes(resource.locale as string))
  ) {
    return localeRefusal(actor, resource.locale);
  }
  return Problems.forbidden();
}

/** A language team member asking for work in a locale that is not theirs. */
export function localeRefusal(actor: Actor, locale: string): ProblemException {
  const yours = [...new Set(actor.memberships.flatMap((membership) => membership.locales))];
  return identityProblem('forbidden_locale', { params: { locale, yours: yours.join(', ') }, extensions: { locale, yourLocales: yours } });
}
