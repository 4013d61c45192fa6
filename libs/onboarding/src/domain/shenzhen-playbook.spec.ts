import { SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { SHENZHEN_PLAYBOOK } from './shenzhen-playbook';
import { initialState } from './step-unlocking';

describe('the Shenzhen model replication playbook', () => {
  it('has the steps the partners agreed, in working order', () => {
    expect(SHENZHEN_PLAYBOOK.steps.map((step) => step.key)).toEqual([
      'focal_point',
      'cooperation_agreement',
      'mangrove_baseline',
      'training',
      'methodology_adoption',
      'first_project',
      'bilingual_documentation',
      'market_readiness',
    ]);
  });

  it('is written in every portal language', () => {
    const texts = [SHENZHEN_PLAYBOOK.name, SHENZHEN_PLAYBOOK.description!, ...SHENZHEN_PLAYBOOK.steps.flatMap((step) => [step.title, step.guidance])];
    for (const text of texts) for (const locale of SUPPORTED_LOCALES) expect(text[locale]?.trim()).toBeTruthy();
  });

  it('starts a case with only the focal point open', () => {
    const open = SHENZHEN_PLAYBOOK.steps.filter((step) => initialState(step) === 'open').map((step) => step.key);
    expect(open).toEqual(['focal_point']);
  });

  it('lists every dependency before the step that needs it', () => {
    const seen = new Set<string>();
    for (const step of SHENZHEN_PLAYBOOK.steps) {
      for (const dependency of step.dependsOn) expect(seen.has(dependency)).toBe(true);
      seen.add(step.key);
    }
  });
});
