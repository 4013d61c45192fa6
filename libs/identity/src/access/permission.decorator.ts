import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Action } from '../access/access-policy';

export const PERMISSION = 'bluecarbon:permission';
export const ALLOW_DURING_MFA_ENROLMENT = 'bluecarbon:mfa-enrolment';

/** The permission a route needs: an action on a kind of resource (e.g. `invite` on `organisation`). */
export interface RoutePermission {
  action: Action;
  resource: string;
}

/**
 * Names the permission of a route. The global guard refuses (403) callers none of whose roles
 * allows the action anywhere; the service then checks the record itself (jurisdiction, state).
 */
export const RequirePermission = (action: Action, resource: string) =>
  applyDecorators(
    SetMetadata(PERMISSION, { action, resource } satisfies RoutePermission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid access token' }),
    ApiForbiddenResponse({ description: `Needs permission to ${action} ${resource}` }),
  );

/** Any signed-in user may call this route (their own account, their own data). */
export const SignedIn = () => applyDecorators(ApiBearerAuth(), ApiUnauthorizedResponse({ description: 'No valid access token' }));

/** Reachable with a token that may only enrol a second factor. */
export const AllowDuringMfaEnrolment = () => SetMetadata(ALLOW_DURING_MFA_ENROLMENT, true);
