import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { User } from './user.entity';

/** Entities TypeORM maps; sessions, counters and MFA state are plain SQL. */
export const IDENTITY_ENTITIES = [Organisation, User, Membership, Invitation];
