import type { PlaybookDefinition, StepDefinition } from './playbook-definition';
import { findCycles, validatePlaybook } from './playbook-validation';
import { SHENZHEN_PLAYBOOK } from './shenzhen-playbook';

const step = (key: string, dependsOn: string[] = [], extra: Partial<StepDefinition> = {}): StepDefinition => ({
  key,
  title: { en: `Step ${key}` },
  guidance: { en: '' },
  evidence: ['file'],
  dependsOn,
  ownerRole: 'coordinator',
  reviewerRole: 'steward',
  dueInDays: 30,
  ...extra,
});

const playbook = (...steps: StepDefinition[]): PlaybookDefinition => ({ name: { en: 'Test' }, steps });

describe('playbook validation', () => {
  it('accepts a well-formed playbook', () => {
    expect(validatePlaybook(playbook(step('a'), step('b', ['a']), step('c', ['a', 'b'])))).toEqual([]);
  });

  it('rejects a two-step cycle and names it as a path', () => {
    const issues = validatePlaybook(playbook(step('a', ['b']), step('b', ['a'])));
    expect(issues).toEqual([{ code: 'dependency_cycle', field: 'steps[0].dependsOn', params: { step: 'a', cycle: 'a → b → a' } }]);
  });

  it('rejects a step that depends on itself', () => {
    expect(validatePlaybook(playbook(step('a', ['a'])))).toEqual([
      { code: 'dependency_cycle', field: 'steps[0].dependsOn', params: { step: 'a', cycle: 'a → a' } },
    ]);
  });

  it('names a longer cycle reached through a step outside it', () => {
    const issues = validatePlaybook(playbook(step('start'), step('x', ['start', 'z']), step('y', ['x']), step('z', ['y'])));
    expect(issues.map((issue) => issue.params.cycle)).toEqual(['x → z → y → x']);
  });

  it('reports two separate cycles once each', () => {
    const cycles = findCycles([step('a', ['b']), step('b', ['a']), step('c', ['d']), step('d', ['c'])]);
    expect(cycles).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'c'],
    ]);
  });

  it('rejects an unknown dependency', () => {
    expect(validatePlaybook(playbook(step('a'), step('b', ['a', 'nope'])))).toEqual([
      { code: 'unknown_dependency', field: 'steps[1].dependsOn', params: { step: 'b', dependency: 'nope' } },
    ]);
  });

  it('rejects duplicate keys', () => {
    expect(validatePlaybook(playbook(step('a'), step('a')))).toEqual([{ code: 'duplicate_step_key', field: 'steps[1].key', params: { step: 'a' } }]);
  });

  it('rejects unknown evidence kinds, roles and impossible due days, all at once', () => {
    const issues = validatePlaybook(
      playbook(
        step('a', [], {
          evidence: ['file', 'photo' as never, 'file'],
          ownerRole: 'observer' as never,
          reviewerRole: 'coordinator' as never,
          dueInDays: 0,
        }),
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.field])).toEqual([
      ['unknown_evidence_kind', 'steps[0].evidence'],
      ['duplicate_evidence_kind', 'steps[0].evidence'],
      ['unknown_owner_role', 'steps[0].ownerRole'],
      ['unknown_reviewer_role', 'steps[0].reviewerRole'],
      ['invalid_due_in_days', 'steps[0].dueInDays'],
    ]);
    expect(issues[0]?.params).toMatchObject({ kind: 'photo', allowed: 'file, link, document, data_record' });
  });

  it('rejects an empty playbook, bad keys and missing English titles', () => {
    expect(validatePlaybook(playbook())).toEqual([{ code: 'no_steps', field: 'steps', params: {} }]);
    const issues = validatePlaybook({ name: { en: ' ' }, steps: [step('Bad Key'), step('b', [], { title: { en: '' } })] });
    expect(issues.map((issue) => issue.code)).toEqual(['missing_name', 'invalid_step_key', 'missing_title']);
  });

  it('accepts the shipped Shenzhen playbook', () => {
    expect(validatePlaybook(SHENZHEN_PLAYBOOK)).toEqual([]);
  });
});
