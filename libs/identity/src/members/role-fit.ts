import { Problems } from '@bluecarbon/platform';
import { LOCALE_ROLES, type OrganisationKind, ROLES_BY_ORGANISATION_KIND, type Role } from '../access/access-policy';

/**
 * A role someone may hold in an organisation of this kind, with locales exactly when it is a
 * language role: the one rule for inviting someone and for changing a member's role.
 */
export function assertRoleFits(kind: OrganisationKind, role: Role, locales: readonly string[]): void {
  if (!ROLES_BY_ORGANISATION_KIND[kind].includes(role)) {
    throw Problems.invalidFields([{ field: 'role', rule: 'isIn', args: [ROLES_BY_ORGANISATION_KIND[kind]] }]);
  }
  if (LOCALE_ROLES.includes(role) !== locales.length > 0) {
    throw Problems.invalidFields([{ field: 'locales', rule: 'localesForLanguageRolesOnly' }]);
  }
}
