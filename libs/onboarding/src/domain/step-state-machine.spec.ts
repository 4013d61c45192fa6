import { allowedActions, isDone, STEP_ACTIONS, STEP_STATES, type StepAction, type StepState, transition } from './step-state-machine';

// The whole table, written out by hand so that a change to the rules must change this test.
const ALLOWED: [StepState, StepAction, StepState][] = [
  ['locked', 'unlock', 'open'],
  ['locked', 'waive', 'waived'],
  ['open', 'submit', 'submitted'],
  ['open', 'waive', 'waived'],
  ['submitted', 'approve', 'approved'],
  ['submitted', 'request_changes', 'changes_requested'],
  ['submitted', 'waive', 'waived'],
  ['changes_requested', 'submit', 'submitted'],
  ['changes_requested', 'waive', 'waived'],
];

const REASON = 'not applicable here';

describe('step state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, action, to) => {
    expect(transition(from, action, REASON)).toEqual({ ok: true, from, to });
  });

  const illegal = STEP_STATES.flatMap((state) =>
    STEP_ACTIONS.filter((action) => !ALLOWED.some(([from, allowed]) => from === state && allowed === action)).map(
      (action) => [state, action] as [StepState, StepAction],
    ),
  );

  it('refuses exactly the other 21 combinations', () => {
    expect(illegal).toHaveLength(STEP_STATES.length * STEP_ACTIONS.length - ALLOWED.length);
    expect(illegal).toHaveLength(21);
  });

  it.each(illegal)('refuses %s --%s--> with the current state and the allowed actions', (state, action) => {
    expect(transition(state, action, REASON)).toEqual({
      ok: false,
      error: 'illegal_transition',
      current: state,
      action,
      allowed: ALLOWED.filter(([from]) => from === state).map(([, allowed]) => allowed),
    });
  });

  it('lists what may be done from each state', () => {
    expect(allowedActions('locked')).toEqual(['unlock', 'waive']);
    expect(allowedActions('open')).toEqual(['submit', 'waive']);
    expect(allowedActions('submitted')).toEqual(['approve', 'request_changes', 'waive']);
    expect(allowedActions('changes_requested')).toEqual(['submit', 'waive']);
    expect(allowedActions('approved')).toEqual([]);
    expect(allowedActions('waived')).toEqual([]);
  });

  it.each([
    ['submitted', 'request_changes'],
    ['open', 'waive'],
    ['locked', 'waive'],
  ] as [StepState, StepAction][])('%s --%s--> needs a reason', (state, action) => {
    for (const reason of [undefined, null, '', '   ']) {
      expect(transition(state, action, reason)).toEqual({ ok: false, error: 'reason_required', current: state, action });
    }
  });

  it('does not need a reason to submit or approve', () => {
    expect(transition('open', 'submit')).toMatchObject({ ok: true, to: 'submitted' });
    expect(transition('submitted', 'approve')).toMatchObject({ ok: true, to: 'approved' });
  });

  it('reports an illegal action before a missing reason', () => {
    expect(transition('approved', 'waive')).toMatchObject({ ok: false, error: 'illegal_transition', allowed: [] });
  });

  it('counts approved and waived steps as done, nothing else', () => {
    expect(STEP_STATES.filter(isDone)).toEqual(['approved', 'waived']);
  });
});
