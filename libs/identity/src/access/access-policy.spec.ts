import fc from 'fast-check';
import { type Action, type Actor, ACTIONS, can, decide, permits, type Resource, type Role, ROLES } from './access-policy';

const ENPING = 'CN-GD-ENPING';
const TAISHAN = 'CN-GD-TAISHAN';

function actor(role: Role, options: { jurisdictionCode?: string; organisationId?: string; locales?: string[] } = {}): Actor {
  const kind = {
    admin: 'platform',
    steward: 'steward',
    coordinator: 'jurisdiction',
    contributor: 'jurisdiction',
    observer: 'international',
    translator: 'language_team',
    reviewer: 'language_team',
    bidder: 'buyer',
  } as const;
  return {
    userId: `user-${role}`,
    memberships: [
      {
        organisationId: options.organisationId ?? `org-${role}`,
        organisationKind: kind[role],
        role,
        jurisdictionCode: kind[role] === 'jurisdiction' ? (options.jurisdictionCode ?? ENPING) : null,
        jurisdictionId: null,
        locales: options.locales ?? [],
      },
    ],
  };
}

const enpingCoordinator = actor('coordinator', { jurisdictionCode: ENPING, organisationId: 'org-enping' });
const enpingContributor = actor('contributor', { jurisdictionCode: ENPING, organisationId: 'org-enping' });
const iclei = actor('observer');
const steward = actor('steward', { organisationId: 'org-shenzhen' });
const admin = actor('admin');
const enTranslator = actor('translator', { locales: ['en'] });
const ptReviewer = actor('reviewer', { locales: ['pt-BR'] });
const bidder = actor('bidder', { organisationId: 'org-buyer' });

const project = (jurisdictionCode: string | null, state: string): Resource => ({ kind: 'project', jurisdictionCode, state });

describe('access policy', () => {
  it.each<[string, Actor, Action, Resource, 'allow' | 'forbidden' | 'not_found']>([
    // A coordinator works in their own city only; a neighbour's drafts do not exist for them.
    ['coordinator updates own draft', enpingCoordinator, 'update', project(ENPING, 'draft'), 'allow'],
    ['coordinator reads own draft', enpingCoordinator, 'read', project(ENPING, 'draft'), 'allow'],
    ['coordinator submits own draft', enpingCoordinator, 'submit', project(ENPING, 'draft'), 'allow'],
    ['coordinator creates in own city', enpingCoordinator, 'create', { kind: 'project', jurisdictionCode: ENPING }, 'allow'],
    ['coordinator creates in another city', enpingCoordinator, 'create', { kind: 'project', jurisdictionCode: TAISHAN }, 'forbidden'],
    ['coordinator reads other draft', enpingCoordinator, 'read', project(TAISHAN, 'draft'), 'not_found'],
    ['coordinator updates other draft', enpingCoordinator, 'update', project(TAISHAN, 'draft'), 'not_found'],
    ['coordinator reads other submitted', enpingCoordinator, 'read', project(TAISHAN, 'submitted'), 'allow'],
    ['coordinator updates other published', enpingCoordinator, 'update', project(TAISHAN, 'published'), 'forbidden'],
    ['coordinator deletes other registered', enpingCoordinator, 'delete', project(TAISHAN, 'registered'), 'forbidden'],
    ['coordinator reviews own', enpingCoordinator, 'review', project(ENPING, 'submitted'), 'forbidden'],
    ['coordinator writes shared methodology', enpingCoordinator, 'update', { kind: 'methodology', state: 'published' }, 'forbidden'],
    ['coordinator reads shared draft methodology', enpingCoordinator, 'read', { kind: 'methodology', state: 'draft' }, 'not_found'],
    ['unknown state is private', enpingCoordinator, 'read', project(TAISHAN, 'invented_state'), 'not_found'],
    ['contributor updates own', enpingContributor, 'update', project(ENPING, 'draft'), 'allow'],
    ['contributor cannot delete', enpingContributor, 'delete', project(ENPING, 'draft'), 'forbidden'],
    ['contributor reads other draft', enpingContributor, 'read', project(TAISHAN, 'draft'), 'not_found'],
    // ICLEI reads what is submitted or published, anywhere, and writes nothing of a city's.
    ['observer reads submitted', iclei, 'read', project(TAISHAN, 'submitted'), 'allow'],
    ['observer reads published', iclei, 'read', project(ENPING, 'published'), 'allow'],
    ['observer reads draft', iclei, 'read', project(ENPING, 'draft'), 'not_found'],
    ['observer comments on submitted', iclei, 'comment', project(ENPING, 'submitted'), 'allow'],
    ['observer updates published', iclei, 'update', project(ENPING, 'published'), 'forbidden'],
    ['observer creates in a city', iclei, 'create', { kind: 'project', jurisdictionCode: ENPING }, 'forbidden'],
    ['observer submits', iclei, 'submit', project(ENPING, 'submitted'), 'forbidden'],
    // The steward reviews everyone's and owns the shared model, but does not write a city's records.
    ['steward reviews a city', steward, 'review', project(TAISHAN, 'submitted'), 'allow'],
    ['steward reads a draft', steward, 'read', project(TAISHAN, 'draft'), 'allow'],
    ['steward edits a city record', steward, 'update', project(TAISHAN, 'draft'), 'forbidden'],
    ['steward edits shared methodology', steward, 'update', { kind: 'methodology', state: 'draft' }, 'allow'],
    ['steward publishes', steward, 'publish', { kind: 'methodology', state: 'draft' }, 'allow'],
    ['admin does anything', admin, 'delete', project(TAISHAN, 'draft'), 'allow'],
    // Translators write translations in their locales only.
    ['translator translates into en', enTranslator, 'translate', { kind: 'translation', jurisdictionCode: ENPING, state: 'draft', locale: 'en' }, 'allow'],
    [
      'translator translates into zh',
      enTranslator,
      'translate',
      { kind: 'translation', jurisdictionCode: ENPING, state: 'published', locale: 'zh-CN' },
      'forbidden',
    ],
    [
      'translator sees a draft in another locale',
      enTranslator,
      'read',
      { kind: 'translation', jurisdictionCode: ENPING, state: 'draft', locale: 'zh-CN' },
      'not_found',
    ],
    ['translator edits a project', enTranslator, 'update', project(ENPING, 'published'), 'forbidden'],
    ['translator reviews translations', enTranslator, 'review_translation', { kind: 'translation', locale: 'en', state: 'translated' }, 'forbidden'],
    ['reviewer reviews pt-BR', ptReviewer, 'review_translation', { kind: 'translation', locale: 'pt-BR', state: 'translated' }, 'allow'],
    ['reviewer reviews en', ptReviewer, 'review_translation', { kind: 'translation', locale: 'en', state: 'translated' }, 'forbidden'],
    // Organisations: admins anywhere; stewards and coordinators at home.
    ['coordinator invites at home', enpingCoordinator, 'invite', { kind: 'organisation', organisationId: 'org-enping' }, 'allow'],
    ['coordinator invites elsewhere', enpingCoordinator, 'invite', { kind: 'organisation', organisationId: 'org-taishan' }, 'forbidden'],
    ['contributor invites', enpingContributor, 'invite', { kind: 'organisation', organisationId: 'org-enping' }, 'forbidden'],
    ['steward invites at home', steward, 'invite', { kind: 'organisation', organisationId: 'org-shenzhen' }, 'allow'],
    ['steward invites into a city', steward, 'invite', { kind: 'organisation', organisationId: 'org-enping' }, 'forbidden'],
    ['admin invites anywhere', admin, 'invite', { kind: 'organisation', organisationId: 'org-enping' }, 'allow'],
    ['observer renames its organisation', iclei, 'update', { kind: 'organisation', organisationId: 'org-observer' }, 'forbidden'],
    ['steward creates organisations', steward, 'administer', { kind: 'organisation' }, 'forbidden'],
    // Projects and credits (libs/projects): monitoring reports, sales and retirements are the
    // city's records; buyers and FX rates are shared material the steward keeps.
    [
      'coordinator drafts a monitoring report at home',
      enpingCoordinator,
      'create',
      { kind: 'monitoring_report', jurisdictionCode: ENPING, state: 'registered' },
      'allow',
    ],
    [
      'coordinator approves own monitoring report',
      enpingCoordinator,
      'review',
      { kind: 'monitoring_report', jurisdictionCode: ENPING, state: 'submitted' },
      'forbidden',
    ],
    ['steward approves a monitoring report', steward, 'review', { kind: 'monitoring_report', jurisdictionCode: TAISHAN, state: 'submitted' }, 'allow'],
    ['coordinator records a sale at home', enpingCoordinator, 'create', { kind: 'sale', jurisdictionCode: ENPING }, 'allow'],
    ['coordinator records a sale for another city', enpingCoordinator, 'create', { kind: 'sale', jurisdictionCode: TAISHAN }, 'forbidden'],
    ['steward records a city sale', steward, 'create', { kind: 'sale', jurisdictionCode: ENPING }, 'forbidden'],
    ['observer records a sale', iclei, 'create', { kind: 'sale', jurisdictionCode: ENPING }, 'forbidden'],
    ['observer reads a sale', iclei, 'read', { kind: 'sale', jurisdictionCode: ENPING, state: null }, 'allow'],
    ['steward enters an FX rate', steward, 'create', { kind: 'fx_rate' }, 'allow'],
    ['coordinator enters an FX rate', enpingCoordinator, 'create', { kind: 'fx_rate' }, 'forbidden'],
    ['coordinator adds a buyer', enpingCoordinator, 'create', { kind: 'buyer' }, 'forbidden'],
    // Auctions: the steward or the city runs a city's auction; a buyer's member bids and writes nothing else.
    ['coordinator opens an auction at home', enpingCoordinator, 'create', { kind: 'auction', jurisdictionCode: ENPING }, 'allow'],
    ['coordinator opens an auction for another city', enpingCoordinator, 'create', { kind: 'auction', jurisdictionCode: TAISHAN }, 'forbidden'],
    ['steward opens a city auction', steward, 'create', { kind: 'auction', jurisdictionCode: TAISHAN }, 'allow'],
    ['observer opens an auction', iclei, 'create', { kind: 'auction', jurisdictionCode: ENPING }, 'forbidden'],
    ['observer reads an auction', iclei, 'read', { kind: 'auction', jurisdictionCode: ENPING, state: null }, 'allow'],
    ['bidder bids', bidder, 'bid', { kind: 'bid', jurisdictionCode: ENPING, state: null }, 'allow'],
    ['bidder closes an auction', bidder, 'update', { kind: 'auction', jurisdictionCode: ENPING }, 'forbidden'],
    ['bidder records a sale', bidder, 'create', { kind: 'sale', jurisdictionCode: ENPING }, 'forbidden'],
    ['bidder reads a draft project', bidder, 'read', { kind: 'project', jurisdictionCode: ENPING, state: 'draft' }, 'not_found'],
    ['coordinator bids', enpingCoordinator, 'bid', { kind: 'bid', jurisdictionCode: ENPING, state: null }, 'forbidden'],
    // The audit trail.
    ['coordinator reads own audit', enpingCoordinator, 'read_audit', { kind: 'audit', jurisdictionCode: ENPING }, 'allow'],
    ['coordinator reads other audit', enpingCoordinator, 'read_audit', { kind: 'audit', jurisdictionCode: TAISHAN }, 'forbidden'],
    ['observer reads audit', iclei, 'read_audit', { kind: 'audit', jurisdictionCode: ENPING }, 'forbidden'],
  ])('%s', (_name, who, action, resource, expected) => {
    expect(decide(who, action, resource)).toBe(expected);
    expect(can(who, action, resource)).toBe(expected === 'allow');
  });

  it('matches a jurisdiction by its linked record id as well as by code', () => {
    const linked: Actor = {
      userId: 'u',
      memberships: [{ ...enpingCoordinator.memberships[0]!, jurisdictionCode: null, jurisdictionId: 'j-1' }],
    };
    expect(can(linked, 'update', { kind: 'project', jurisdictionId: 'j-1', state: 'draft' })).toBe(true);
    expect(decide(linked, 'update', { kind: 'project', jurisdictionId: 'j-2', state: 'draft' })).toBe('not_found');
  });

  it('never lets an observer or a translator write any city record, whatever the action or state', () => {
    const writes: Action[] = ['create', 'update', 'delete', 'submit', 'review', 'publish'];
    fc.assert(
      fc.property(
        fc.constantFrom(iclei, enTranslator, ptReviewer),
        fc.constantFrom(...writes),
        fc.constantFrom(ENPING, TAISHAN),
        fc.option(fc.constantFrom('draft', 'submitted', 'published', 'approved', 'xyz'), { nil: null }),
        fc.constantFrom('project', 'document', 'adaptation', 'onboarding_step'),
        (who, action, jurisdictionCode, state, kind) => !can(who, action, { kind, jurisdictionCode, state }),
      ),
    );
  });

  it('never shows a draft of one city to anyone working for another city', () => {
    fc.assert(
      fc.property(fc.constantFrom<Role>('coordinator', 'contributor'), fc.constantFrom(...ACTIONS), fc.string(), (role, action, kind) => {
        const who = actor(role, { jurisdictionCode: ENPING });
        return decide(who, action, { kind: kind === 'organisation' ? 'x' : kind, jurisdictionCode: TAISHAN, state: 'draft' }) === 'not_found';
      }),
    );
  });

  it('permits at route level exactly what some record would allow', () => {
    for (const role of ROLES) {
      expect(permits(actor(role), 'read')).toBe(true);
    }
    expect(permits(iclei, 'update')).toBe(false);
    expect(permits(enTranslator, 'invite')).toBe(false);
    expect(permits(enpingContributor, 'read_audit')).toBe(false);
    expect(permits(steward, 'read_audit')).toBe(true);
  });
});
