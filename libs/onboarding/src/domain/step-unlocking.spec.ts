import type { StepState } from './step-state-machine';
import { initialState, type StepNode, stepsToUnlock, waitingFor } from './step-unlocking';

const node = (key: string, state: StepState, dependsOn: string[] = []): StepNode => ({ key, state, dependsOn });

describe('dependency unlocking', () => {
  it('opens steps without dependencies when a case starts, locks the rest', () => {
    expect(initialState({ dependsOn: [] })).toBe('open');
    expect(initialState({ dependsOn: ['a'] })).toBe('locked');
  });

  it('opens a step when its only dependency is approved', () => {
    const steps = [node('a', 'approved'), node('b', 'locked', ['a'])];
    expect(stepsToUnlock(steps)).toEqual(['b']);
  });

  it('treats a waived dependency like an approved one', () => {
    const steps = [node('a', 'waived'), node('b', 'locked', ['a'])];
    expect(stepsToUnlock(steps)).toEqual(['b']);
  });

  it('keeps a step locked until every dependency is done', () => {
    const steps = [node('a', 'approved'), node('b', 'submitted'), node('c', 'locked', ['a', 'b'])];
    expect(stepsToUnlock(steps)).toEqual([]);
    expect(waitingFor(steps[2]!, steps)).toEqual(['b']);
    steps[1] = node('b', 'approved');
    expect(stepsToUnlock(steps)).toEqual(['c']);
    expect(waitingFor(steps[2]!, steps)).toEqual([]);
  });

  it.each(['open', 'submitted', 'changes_requested'] as StepState[])('a %s dependency is not done', (state) => {
    const steps = [node('a', state), node('b', 'locked', ['a'])];
    expect(stepsToUnlock(steps)).toEqual([]);
    expect(waitingFor(steps[1]!, steps)).toEqual(['a']);
  });

  it('never reopens a step that is not locked', () => {
    const steps = [node('a', 'approved'), node('b', 'waived', ['a']), node('c', 'submitted', ['a'])];
    expect(stepsToUnlock(steps)).toEqual([]);
  });

  it('opens several steps at once when they share the finished dependency', () => {
    const steps = [node('a', 'approved'), node('b', 'locked', ['a']), node('c', 'locked', ['a']), node('d', 'locked', ['b'])];
    expect(stepsToUnlock(steps)).toEqual(['b', 'c']);
  });

  it('keeps waiting for a dependency the case does not have', () => {
    const steps = [node('b', 'locked', ['ghost'])];
    expect(stepsToUnlock(steps)).toEqual([]);
    expect(waitingFor(steps[0]!, steps)).toEqual(['ghost']);
  });
});
