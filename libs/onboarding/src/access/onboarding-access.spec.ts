import type { Actor, ActorMembership, Role } from '@bluecarbon/identity';
import { canAddEvidence, canSeeOnboarding, decideStepCommand, type PartnerRef } from './onboarding-access';

const niteroi: PartnerRef = { jurisdictionId: 'j-niteroi', jurisdictionCode: 'BR-RJ-NITEROI' };
const step = { ownerRole: 'coordinator' as const, reviewerRole: 'steward' as const };

function actor(role: Role, code: string | null = null, id: string | null = null): Actor {
  const kind = {
    admin: 'platform',
    steward: 'steward',
    observer: 'international',
    coordinator: 'jurisdiction',
    contributor: 'jurisdiction',
    translator: 'language_team',
    reviewer: 'language_team',
    bidder: 'buyer',
  }[role];
  const membership: ActorMembership = { organisationId: 'o', organisationKind: kind as never, role, jurisdictionCode: code, jurisdictionId: id, locales: [] };
  return { userId: 'u', memberships: [membership] };
}

describe('onboarding access', () => {
  const enping = actor('coordinator', 'CN-GD-ENPING');
  const niteroiCoordinator = actor('coordinator', 'BR-RJ-NITEROI');
  const niteroiById = actor('coordinator', null, 'j-niteroi');
  const niteroiContributor = actor('contributor', 'BR-RJ-NITEROI');

  it('hides a partner case from other partners and language teams, shows it to steward, ICLEI and itself', () => {
    expect(canSeeOnboarding(enping, niteroi)).toBe(false);
    expect(canSeeOnboarding(actor('translator'), niteroi)).toBe(false);
    for (const who of [actor('steward'), actor('observer'), actor('admin'), niteroiCoordinator, niteroiById]) {
      expect(canSeeOnboarding(who, niteroi)).toBe(true);
    }
  });

  it('lets only the owning city submit, only the steward side review and waive', () => {
    expect(decideStepCommand(niteroiCoordinator, 'submit', niteroi, step)).toBe('allow');
    expect(decideStepCommand(enping, 'submit', niteroi, step)).toBe('not_found');
    expect(decideStepCommand(actor('steward'), 'submit', niteroi, step)).toBe('forbidden');
    expect(decideStepCommand(actor('steward'), 'review', niteroi, step)).toBe('allow');
    expect(decideStepCommand(actor('steward'), 'waive', niteroi, step)).toBe('allow');
    expect(decideStepCommand(niteroiCoordinator, 'review', niteroi, step)).toBe('forbidden');
    expect(decideStepCommand(niteroiCoordinator, 'waive', niteroi, step)).toBe('forbidden');
  });

  it('lets ICLEI change nothing', () => {
    for (const command of ['submit', 'review', 'waive'] as const) {
      expect(decideStepCommand(actor('observer'), command, niteroi, step)).toBe('forbidden');
    }
    expect(canAddEvidence(actor('observer'), niteroi)).toBe(false);
  });

  it('keeps coordinator-owned steps from contributors, but not contributor-owned ones', () => {
    expect(decideStepCommand(niteroiContributor, 'submit', niteroi, step)).toBe('forbidden');
    expect(decideStepCommand(niteroiContributor, 'submit', niteroi, { ...step, ownerRole: 'contributor' })).toBe('allow');
    expect(decideStepCommand(niteroiCoordinator, 'submit', niteroi, { ...step, ownerRole: 'contributor' })).toBe('allow');
    expect(canAddEvidence(niteroiContributor, niteroi)).toBe(true);
  });
});
