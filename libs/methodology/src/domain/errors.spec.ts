import { InvalidVersionError, issueFrom, MethodologyError, MethodologyErrorCode, msg, must } from './errors';

describe('error codes', () => {
  it('are distinct, stable, upper-snake strings (one code, one translation key)', () => {
    const codes = Object.values(MethodologyErrorCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^(EXPRESSION|UNIT|VERSION|CALCULATION)_[A-Z_]+$/);
  });

  it('carry every issue of an invalid version', () => {
    const issues = [
      { code: MethodologyErrorCode.Cycle, message: 'formulas form a cycle: a → a', text: msg('cycle', { cycle: 'a → a' }), path: 'formulas.a.expression' },
    ];
    const error = new InvalidVersionError(issues);
    expect(error.code).toBe(MethodologyErrorCode.InvalidVersion);
    expect(error.issues).toBe(issues);
    expect(error.message).toContain('a → a');
  });

  it('turn a located error into an issue', () => {
    const text = msg('unitUnknown', { unit: 'x', symbol: 'x', position: 3 });
    const error = new MethodologyError(MethodologyErrorCode.UnitUnknown, text, { position: 3 }, { symbol: 'x' });
    expect(issueFrom(error, 'parameters.p.unit')).toEqual({
      code: MethodologyErrorCode.UnitUnknown,
      message: 'unit "x": unknown symbol "x" at 3',
      text,
      path: 'parameters.p.unit',
      position: 3,
      details: { symbol: 'x' },
    });
  });
});

describe('must', () => {
  it('passes a present value through and reports a missing one as a broken invariant', () => {
    expect(must(0, 'zero')).toBe(0);
    expect(() => must(new Map<string, number>().get('x'), 'slot x')).toThrow('methodology engine invariant broken: slot x is missing');
  });
});
