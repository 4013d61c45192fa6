import type { Me } from '../../api/me';
import { canEditDocument, canPublish, creatableJurisdictions } from './access';

type Role = Me['memberships'][number]['role'];

function me(...memberships: [Role, 'jurisdiction' | 'steward' | 'language_team' | 'platform', string | null][]): Me {
  return {
    memberships: memberships.map(([role, kind, jurisdictionCode], index) => ({
      role,
      locales: [],
      organisation: { id: `org-${index}`, kind, name: { en: `Org ${index}` }, jurisdictionCode, jurisdictionId: null, version: 1 },
    })),
  } as unknown as Me;
}

describe('who writes and publishes documents in the portal', () => {
  const enping = { jurisdictionCode: 'CN-GD-ENPING' };
  const shared = { jurisdictionCode: null };

  it("lets a city's coordinator and contributor edit its documents only", () => {
    for (const role of ['coordinator', 'contributor'] as const) {
      const user = me([role, 'jurisdiction', 'CN-GD-ENPING']);
      expect([canEditDocument(user, enping), canEditDocument(user, { jurisdictionCode: 'CN-GD-TAISHAN' }), canEditDocument(user, shared)]).toEqual([
        true,
        false,
        false,
      ]);
    }
  });

  it('lets a steward edit shared material and publish everywhere; nobody else publishes', () => {
    const steward = me(['steward', 'steward', null]);
    expect([canEditDocument(steward, shared), canEditDocument(steward, enping), canPublish(steward)]).toEqual([true, false, true]);
    for (const role of ['coordinator', 'contributor', 'observer', 'translator', 'reviewer'] as const)
      expect(canPublish(me([role, 'jurisdiction', 'X']))).toBe(false);
    expect(canEditDocument(me(['translator', 'language_team', null]), enping)).toBe(false);
  });

  it('offers the cities the user writes for, once each, and shared material to stewards and admins', () => {
    const user = me(['coordinator', 'jurisdiction', 'CN-GD-ENPING'], ['contributor', 'jurisdiction', 'CN-GD-ENPING'], ['steward', 'steward', null]);
    expect(creatableJurisdictions(user).map((choice) => choice.code)).toEqual(['CN-GD-ENPING', null]);
    expect(creatableJurisdictions(me(['translator', 'language_team', null]))).toEqual([]);
  });
});
