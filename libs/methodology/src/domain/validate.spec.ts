import fc from 'fast-check';
import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { calculate } from './calculate';
import { MethodologyErrorCode } from './errors';
import { formatExpression } from './expression';
import type { MethodologyVersion } from './model';
import { parseExpression } from './parser';
import { findCycles, validateVersion } from './validate';
import { formula, input, parameter, smallVersion } from '../testing/version.factory';

function issuesOf(version: MethodologyVersion) {
  return validateVersion(version).issues;
}

function withFormulas(...extra: ReturnType<typeof formula>[]): MethodologyVersion {
  const base = smallVersion();
  return { ...base, formulas: [...base.formulas, ...extra] };
}

describe('validateVersion', () => {
  it('accepts the small version and the seeded mangrove version', () => {
    expect(issuesOf(smallVersion())).toEqual([]);
    expect(issuesOf(MANGROVE_CONSERVATION_V1)).toEqual([]);
  });

  it('takes the version numbers the API takes, no more: one semver rule (1.0.0-rc.1 and 01.0.0 refused)', () => {
    for (const version of ['1.0.0-rc.1', '01.0.0', '1.0', 'v1.0.0']) {
      expect(issuesOf({ ...smallVersion(), version }).map((issue) => issue.code)).toContain(MethodologyErrorCode.InvalidSemver);
    }
    expect(issuesOf({ ...smallVersion(), version: '10.2.30' }).map((issue) => issue.code)).not.toContain(MethodologyErrorCode.InvalidSemver);
  });

  it('rejects a cycle and names its path', () => {
    const issues = issuesOf(withFormulas(formula('a', 'b + total', 'tCO2e'), formula('b', 'c', 'tCO2e'), formula('c', 'a', 'tCO2e')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: MethodologyErrorCode.Cycle, details: { cycle: ['a', 'b', 'c', 'a'] } });
    expect(issues[0].message).toContain('a → b → c → a');
  });

  it('rejects a formula that uses itself', () => {
    const issues = issuesOf(withFormulas(formula('self', 'self + 1', '1')));
    expect(issues.map((issue) => issue.code)).toEqual([MethodologyErrorCode.Cycle]);
    expect(issues[0].message).toContain('self → self');
  });

  it('rejects an unknown name with its position and a suggestion', () => {
    const issues = issuesOf(withFormulas(formula('x', 'total + totl', 'tCO2e')));
    expect(issues).toEqual([
      expect.objectContaining({
        code: MethodologyErrorCode.UnknownName,
        path: 'formulas.x.expression',
        position: 8,
        details: { formula: 'x', name: 'totl', suggestion: 'total' },
      }),
    ]);
    expect(issues[0].message).toBe('formula "x": unknown name "totl" at position 8 (did you mean "total"?)');
  });

  it('rejects adding tC to tCO2e, naming the formula and both units', () => {
    const issues = issuesOf(withFormulas(formula('bad', 'total + stock * area_total', 'tCO2e'), formula('area_total', 'sum(stratum, area)', 'ha')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: MethodologyErrorCode.UnitMismatch,
      path: 'formulas.bad.expression',
      position: 6,
      details: { formula: 'bad', left: 'tCO2e', right: 'tC' },
    });
    expect(issues[0].message).toContain('formula "bad"');
    expect(issues[0].message).toContain('cannot add tCO2e ("total") and tC (the expression)');
  });

  it('rejects a formula whose expression does not give its declared unit', () => {
    const issues = issuesOf(withFormulas(formula('carbon', 'sum(stratum, area) * stock', 'tCO2e')));
    expect(issues).toEqual([
      expect.objectContaining({
        code: MethodologyErrorCode.DeclaredUnitMismatch,
        path: 'formulas.carbon.unit',
        details: { formula: 'carbon', declared: 'tCO2e', inferred: 'tC' },
      }),
    ]);
    expect(issues[0].message).toBe('formula "carbon" is declared in tCO2e (tCO2e) but its expression gives tC');
  });

  it('accepts ha × tC/ha = tC and tC × tCO2e/tC = tCO2e, and 0 in any unit', () => {
    expect(
      issuesOf(
        withFormulas(
          formula('c', 'sum(stratum, area) * stock', 'tC'),
          formula('e', 'max(0, c * co2_per_c)', 'tCO2e'),
          formula('z', 'if(c > 0, c, 0)', 'tC'),
          formula('y', 'c + stock * 0', 'tC'),
        ),
      ),
    ).toEqual([]);
  });

  it('rejects comparing quantities of different dimensions', () => {
    const issues = issuesOf(withFormulas(formula('x', 'if(total > stock, 1, 0)', '1')));
    expect(issues.map((issue) => issue.code)).toEqual([MethodologyErrorCode.UnitMismatch]);
    expect(issues[0].message).toContain('cannot compare tCO2e ("total") with tC/ha ("stock")');
  });

  it('only raises dimensioned quantities to whole-number literal powers', () => {
    expect(issuesOf(withFormulas(formula('sq', 'stock ^ 2', 'tC^2/ha^2')))).toEqual([]);
    expect(issuesOf(withFormulas(formula('sq', 'stock ^ rate', 'tC/ha'))).map((issue) => issue.code)).toEqual([MethodologyErrorCode.UnitMismatch]);
  });

  it('rejects a default outside its range, naming the value and the range', () => {
    const version = smallVersion({
      parameters: [...smallVersion().parameters.filter((p) => p.key !== 'stock'), parameter('stock', { unit: 'tC/ha', default: '600', min: '0', max: '500' })],
    });
    const issues = issuesOf(version);
    expect(issues).toEqual([
      expect.objectContaining({
        code: MethodologyErrorCode.DefaultOutOfRange,
        path: 'parameters.stock.default',
        details: { key: 'stock', default: '600', min: '0', max: '500' },
      }),
    ]);
    expect(issues[0].message).toBe('parameters.stock: default 600 tC/ha is outside the allowed range [0, 500]');
  });

  it('rejects a range whose min is above its max, and a non-integer integer', () => {
    const issues = issuesOf(
      smallVersion({
        parameters: [...smallVersion().parameters, parameter('n', { type: 'integer', default: '1.5' }), parameter('r', { default: '1', min: '5', max: '2' })],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      [MethodologyErrorCode.InvalidDefault, 'parameters.n.default'],
      [MethodologyErrorCode.InvalidRange, 'parameters.r.min'],
      [MethodologyErrorCode.DefaultOutOfRange, 'parameters.r.default'],
    ]);
  });

  it('rejects duplicate keys across parameters, inputs, constants and formulas', () => {
    const base = smallVersion();
    const issues = issuesOf({ ...base, inputs: [...base.inputs, input('stock')], formulas: [...base.formulas, formula('rate', '1', '1')] });
    expect(issues.map((issue) => issue.code)).toEqual([MethodologyErrorCode.DuplicateKey, MethodologyErrorCode.DuplicateKey]);
    expect(issues[0].message).toBe('key "stock" is defined twice: in parameters.stock and in inputs.stock');
    expect(issues[1].message).toBe('key "rate" is defined twice: in parameters.rate and in formulas.rate');
  });

  it('rejects keys that are built-ins, language words or badly formed', () => {
    const base = smallVersion();
    const issues = issuesOf({ ...base, parameters: [...base.parameters, parameter('area'), parameter('sum'), parameter('Bad-Key')] });
    expect(issues.map((issue) => issue.code)).toEqual([MethodologyErrorCode.DuplicateKey, MethodologyErrorCode.ReservedKey, MethodologyErrorCode.InvalidKey]);
  });

  it('reports an unparsable formula with its position', () => {
    const issues = issuesOf(withFormulas(formula('broken', 'total * (1 -', 'tCO2e')));
    expect(issues).toEqual([expect.objectContaining({ code: MethodologyErrorCode.UnexpectedEnd, path: 'formulas.broken.expression', position: 12 })]);
  });

  it('rejects a per-stratum value used in a project-year formula outside sum()', () => {
    const issues = issuesOf(withFormulas(formula('leak', 'emissions * 2', 'tCO2e')));
    expect(issues).toEqual([
      expect.objectContaining({ code: MethodologyErrorCode.ScopeViolation, position: 0, details: { formula: 'leak', name: 'emissions' } }),
    ]);
  });

  it('lets a stratum-year formula use project-year formulas and sums', () => {
    expect(
      issuesOf(
        withFormulas(
          formula('share', 'emissions / total', '1', { scope: 'stratum-year' }),
          formula('share_area', 'area / sum(stratum, area)', '1', { scope: 'stratum-year' }),
        ),
      ),
    ).toEqual([]);
  });

  it('checks enum comparisons and yes/no conditions', () => {
    const base = smallVersion();
    const version = {
      ...base,
      inputs: [
        ...base.inputs,
        input('soil', { type: 'enum', values: ['mineral', 'organic'], unit: undefined, scope: 'stratum', default: 'mineral' }),
        input('protected', { type: 'boolean', unit: undefined, default: true }),
      ],
    };
    expect(
      issuesOf({ ...version, formulas: [...base.formulas, formula('f', 'if(soil == "organic" and protected, 1, 0)', '1', { scope: 'stratum-year' })] }),
    ).toEqual([]);
    const wrongValue = issuesOf({ ...version, formulas: [...base.formulas, formula('f', 'if(soil == "peat", 1, 0)', '1', { scope: 'stratum-year' })] });
    expect(wrongValue).toEqual([expect.objectContaining({ code: MethodologyErrorCode.UnknownEnumValue, position: 11 })]);
    const numberAsCondition = issuesOf({ ...version, formulas: [...base.formulas, formula('f', 'if(rate, 1, 0)', '1')] });
    expect(numberAsCondition.map((issue) => issue.code)).toEqual([MethodologyErrorCode.TypeMismatch]);
    const booleanAsNumber = issuesOf({ ...version, formulas: [...base.formulas, formula('f', 'protected + 1', '1')] });
    expect(booleanAsNumber.map((issue) => issue.code)).toEqual([MethodologyErrorCode.TypeMismatch]);
  });

  it('requires a percent parameter to be in %, a citation, and an English label', () => {
    const base = smallVersion();
    const issues = issuesOf({
      ...base,
      parameters: [
        ...base.parameters,
        parameter('p', { type: 'percent', unit: '1' }),
        { ...parameter('q'), citation: { source: '' } },
        { ...parameter('r'), label: { en: '' } },
      ],
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      [MethodologyErrorCode.InvalidParameterDefinition, 'parameters.p.unit'],
      [MethodologyErrorCode.InvalidParameterDefinition, 'parameters.q.citation'],
      [MethodologyErrorCode.MissingLabel, 'parameters.r.label'],
    ]);
  });

  it('rejects unknown units with the symbol', () => {
    const base = smallVersion();
    const issues = issuesOf({ ...base, parameters: [...base.parameters, parameter('p', { unit: 'tonnes/ha' })] });
    expect(issues).toEqual([
      expect.objectContaining({ code: MethodologyErrorCode.UnitUnknown, path: 'parameters.p.unit', details: { unit: 'tonnes/ha', symbol: 'tonnes' } }),
    ]);
  });

  it('requires the creditable formula to be a project-year tCO2e formula', () => {
    expect(issuesOf(smallVersion({ creditableFormula: 'nope' })).map((issue) => issue.code)).toEqual([MethodologyErrorCode.InvalidCreditableFormula]);
    expect(issuesOf(smallVersion({ creditableFormula: 'emissions' })).map((issue) => issue.code)).toEqual([MethodologyErrorCode.InvalidCreditableFormula]);
  });

  it('collects every issue rather than stopping at the first', () => {
    const issues = issuesOf(withFormulas(formula('u', 'nothing', '1'), formula('v', 'total + stock', 'tCO2e'), formula('w', 'w', '1')));
    expect(issues.map((issue) => issue.code).sort()).toEqual(
      [MethodologyErrorCode.UnknownName, MethodologyErrorCode.Cycle, MethodologyErrorCode.UnitMismatch].sort(),
    );
  });
});

describe('validateVersion on damaged content', () => {
  const lists = ['parameters', 'inputs', 'constants', 'formulas'] as const;
  const fields = ['key', 'label', 'unit', 'type', 'default', 'min', 'max', 'values', 'citation', 'expression', 'scope', 'value', 'total', 'adjustable'];

  it('reports issues and never throws, whatever a field holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), fc.constantFrom(...fields), fc.anything(), (list, index, field, junk) => {
        const damaged = structuredClone(MANGROVE_CONSERVATION_V1) as unknown as Record<string, Record<string, unknown>[]>;
        const items = damaged[list];
        items[index % items.length][field] = junk;
        expect(() => validateVersion(damaged as unknown as MethodologyVersion)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('reports and never throws, whatever a top-level field holds', () => {
    const top = ['methodologyKey', 'version', 'title', 'description', 'sections', 'parameters', 'inputs', 'constants', 'formulas', 'creditableFormula'];
    fc.assert(
      fc.property(fc.constantFrom(...top), fc.anything(), (field, junk) => {
        const damaged = { ...MANGROVE_CONSERVATION_V1, [field]: junk } as unknown as MethodologyVersion;
        expect(() => validateVersion(damaged)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('reports lists and items that are not what they should be', () => {
    const damaged = { ...MANGROVE_CONSERVATION_V1, parameters: 'none', inputs: [null, 3] } as unknown as MethodologyVersion;
    const issues = validateVersion(damaged).issues;
    expect(issues.slice(0, 3).map((issue) => issue.path)).toEqual(['parameters', 'inputs[0]', 'inputs[1]']);
    expect(validateVersion(null as unknown as MethodologyVersion).valid).toBe(false);
  });
});

describe('findCycles', () => {
  it('finds each cycle once, from whichever node it is entered', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'a']],
      ['c', ['b']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    const cycles = findCycles(graph);
    expect(cycles).toHaveLength(3);
    expect(cycles).toEqual(
      expect.arrayContaining([
        ['a', 'b', 'a'],
        ['b', 'c', 'b'],
        ['d', 'd'],
      ]),
    );
  });
});

describe('greenhouse gases, lengths and unit literals', () => {
  const ghg = (expression: string, unit = 'tCO2e') =>
    smallVersion({
      parameters: [
        parameter('ch4_ef', { unit: 'kgCH4/ha/yr', default: '193.7' }),
        parameter('gwp_ch4', { unit: 'tCO2e/tCH4', default: '28' }),
        parameter('gwp_n2o', { unit: 'tCO2e/tN2O', default: '265' }),
        parameter('buffer', { unit: '%', type: 'percent', default: '10', min: '10', max: '60', adjustable: false }),
      ],
      formulas: [formula('ch4', 'sum(stratum, ch4_ef * area * dt)', 'tCH4'), formula('credits', expression, unit)],
    });

  it('converts CH4 to CO2e only through its own GWP', () => {
    expect(validateVersion(ghg('ch4 * gwp_ch4'))).toEqual({ valid: true, issues: [] });
    expect(validateVersion(ghg('ch4 * gwp_n2o')).issues).toEqual([
      expect.objectContaining({
        code: MethodologyErrorCode.DeclaredUnitMismatch,
        path: 'formulas.credits.unit',
        details: expect.objectContaining({ inferred: 'tCO2e*tCH4/tN2O' }),
      }),
    ]);
    expect(validateVersion(ghg('ch4 + 100 tCO2e')).issues).toEqual([
      expect.objectContaining({ code: MethodologyErrorCode.UnitMismatch, path: 'formulas.credits.expression' }),
    ]);
  });

  it('reads literals with units, in base units', () => {
    expect(validateVersion(ghg('max(ch4 * gwp_ch4 - 100 tCO2e, 0 tCO2e)'))).toEqual({ valid: true, issues: [] });
    expect(formatExpression(parseExpression('0.5 "tC/ha/yr" * x + 2 tC'))).toBe('0.5 "tC/ha/yr" * x + 2 tC');
    const result = calculate(ghg('ch4 * gwp_ch4 - 1500 kgCO2e + 0 * (1 - buffer)'), {
      creditingPeriod: { startYear: 2030, years: 1 },
      strata: [{ key: 'a', area: '10' }],
    });
    // 193.7 kgCH4/ha × 10 ha = 1.937 tCH4 × 28 = 54.236 tCO2e − 1.5 tCO2e = 52.736.
    expect(result.years[0].project.credits).toBe('52.736');
  });

  it('refuses an unknown unit in a literal, where it stands', () => {
    expect(validateVersion(ghg('ch4 * gwp_ch4 - 100 tonnes')).issues).toEqual([
      expect.objectContaining({ code: MethodologyErrorCode.UnitUnknown, path: 'formulas.credits.expression', position: 20 }),
    ]);
  });
});
