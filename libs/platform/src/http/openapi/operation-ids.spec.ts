import { nameOperations, operationKey } from './operation-ids';

describe('operationIds', () => {
  const names = nameOperations([
    operationKey('CasesController', 'list'),
    operationKey('CasesController', 'get'),
    operationKey('CasesController', 'overview'),
    operationKey('MethodologiesController', 'get'),
    operationKey('MethodologiesController', 'createDraft'),
    operationKey('PlaybooksController', 'createDraft'),
    operationKey('StepsController', 'requestChanges'),
    operationKey('MeController', 'confirmTotp'),
    operationKey('TranslationsController', 'history'),
    operationKey('GlossaryController', 'history'),
    operationKey('ProjectsController', 'validate'),
    operationKey('SalesController', 'retire'),
  ]);

  it('reads as a verb and its subject', () => {
    expect(names.get('CasesController.list')).toBe('listCases');
    expect(names.get('CasesController.get')).toBe('getCase');
    expect(names.get('MethodologiesController.get')).toBe('getMethodology');
    expect(names.get('CasesController.overview')).toBe('getOverview');
    expect(names.get('StepsController.requestChanges')).toBe('requestChanges');
    expect(names.get('MeController.confirmTotp')).toBe('confirmTotp');
    // A write never reads as a read (getValidate).
    expect(names.get('ProjectsController.validate')).toBe('validateProject');
    expect(names.get('SalesController.retire')).toBe('retireSale');
  });

  it('qualifies a name two controllers would share, both of them', () => {
    expect(names.get('MethodologiesController.createDraft')).toBe('createMethodologyDraft');
    expect(names.get('PlaybooksController.createDraft')).toBe('createPlaybookDraft');
    expect(names.get('TranslationsController.history')).toBe('getTranslationHistory');
    expect(names.get('GlossaryController.history')).toBe('getGlossaryHistory');
  });

  it('never gives two operations one name', () => {
    const keys = ['AController.get', 'AController.get2', 'AsController.get'];
    const all = [...nameOperations(keys).values()];
    expect(new Set(all).size).toBe(all.length);
  });
});
