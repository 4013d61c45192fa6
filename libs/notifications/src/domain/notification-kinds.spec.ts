import { noticeOf } from './notification-kinds';

const CITY = '6f1c1f3e-3c1a-4a43-9f1e-2f0b1d4c5a6b';

describe('which events notify whom', () => {
  const step = { caseId: 'case-1', stepId: 'step-1', stepKey: 'site_survey', jurisdictionId: CITY, jurisdictionCode: 'CN-GD-ENPING', actorId: 'u-1' };

  it('sends a submitted step to the stewards, and decisions and reminders to the city team', () => {
    expect(noticeOf('onboarding.step.submitted', step)).toMatchObject({
      kind: 'step_submitted',
      audience: { scope: 'role', roles: ['steward'] },
      actorId: 'u-1',
    });
    for (const [type, kind] of [
      ['onboarding.step.changes_requested', 'step_changes_requested'],
      ['onboarding.step.approved', 'step_approved'],
    ] as const) {
      expect(noticeOf(type, step)).toMatchObject({ kind, audience: { scope: 'city', jurisdictionId: CITY, roles: ['coordinator', 'contributor'] } });
    }
    expect(noticeOf('onboarding.step.reminder', { ...step, kind: 'overdue', dueOn: '2026-12-01' })).toMatchObject({
      kind: 'step_overdue',
      params: { dueOn: '2026-12-01', path: '/onboarding/cases/case-1' },
    });
    expect(noticeOf('onboarding.step.reminder', { ...step, kind: 'due_soon', dueOn: '2026-12-04' })?.kind).toBe('step_due_soon');
  });

  it('tells translators of the target locales about new documents, and about revisions only when translations became outdated', () => {
    const document = { documentId: 'doc-1', targetLocales: ['zh-CN', 'pt-BR'], jurisdictionId: null, actorId: 'u-2' };
    expect(noticeOf('documents.document.created', document)).toMatchObject({
      kind: 'translation_assigned',
      audience: { scope: 'role', roles: ['translator', 'reviewer'], locales: ['zh-CN', 'pt-BR'] },
    });
    expect(noticeOf('documents.revision.created', { ...document, outdatedSegments: 0 })).toBeNull();
    expect(noticeOf('documents.revision.created', { ...document, outdatedSegments: 2 })).toMatchObject({
      kind: 'translation_outdated',
      params: { segments: '2' },
    });
    expect(noticeOf('documents.document.created', { ...document, targetLocales: [] })).toBeNull();
  });

  it("sends adaptation decisions to the city's coordinators, and ignores events nobody is told about", () => {
    const adaptation = { adaptationId: 'a-1', methodologyKey: 'mangrove', version: '1.0.0', revision: 2, jurisdictionId: CITY };
    expect(noticeOf('methodology.adaptation.rejected', adaptation)).toMatchObject({
      kind: 'adaptation_decided',
      audience: { scope: 'city', roles: ['coordinator'] },
      params: { decision: 'rejected', revision: '2', path: '/adaptations/a-1' },
    });
    // Without a city there is nobody to tell.
    expect(noticeOf('methodology.adaptation.approved', { ...adaptation, jurisdictionId: null })).toBeNull();
    expect(noticeOf('onboarding.step.commented', step)).toBeNull();
  });
});
