import { allowedActions, nextStatus, PROJECT_ACTIONS, PROJECT_STATUSES } from './project-lifecycle';

describe('project lifecycle', () => {
  it('walks draft → submitted → validated → registered → crediting → closed', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'validate')).toBe('validated');
    expect(nextStatus('validated', 'register')).toBe('registered');
    expect(nextStatus('registered', 'start_crediting')).toBe('crediting');
    expect(nextStatus('crediting', 'close')).toBe('closed');
  });

  it('sends a submitted or validated project back to draft on rejection, and nothing later', () => {
    expect(nextStatus('submitted', 'reject')).toBe('draft');
    expect(nextStatus('validated', 'reject')).toBe('draft');
    expect(nextStatus('registered', 'reject')).toBeNull();
  });

  it('refuses every skip: no registration before validation, no validation of a draft', () => {
    expect(nextStatus('draft', 'validate')).toBeNull();
    expect(nextStatus('submitted', 'register')).toBeNull();
    expect(nextStatus('draft', 'close')).toBeNull();
  });

  it('lists exactly the actions nextStatus accepts, and a closed project accepts none', () => {
    for (const status of PROJECT_STATUSES) {
      expect(allowedActions(status)).toEqual(PROJECT_ACTIONS.filter((action) => nextStatus(status, action) !== null));
    }
    expect(allowedActions('closed')).toEqual([]);
  });
});
