import { preparedStatement } from './prepared-statement';

describe('preparedStatement', () => {
  it('lets a module be loaded twice (the same name and text) but refuses a second text under a name', () => {
    const first = preparedStatement('spec_statement', 'SELECT 1');
    expect(preparedStatement('spec_statement', 'SELECT 1')).toEqual(first);
    // The server would refuse it on a connection that prepared the first: fail at start-up instead.
    expect(() => preparedStatement('spec_statement', 'SELECT 2')).toThrow(/declared twice/);
  });
});
