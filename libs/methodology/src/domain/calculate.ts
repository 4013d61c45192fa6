import { evaluateBy, MAX_CREDITING_YEARS, MAX_STRATA, MAX_VALUE_DIGITS, withinDigitBudget } from './budget';
import { type CompiledVersion, compileVersion, EvaluationFault, type Slots } from './compile';
import { type EngineMessage, MethodologyError, MethodologyErrorCode, msg, must, shown } from './errors';
import type { LocalizedText } from '@bluecarbon/platform';
import type { Citation, DefinitionValue, InputDefinition, MethodologyVersion, ParameterDefinition } from './model';
import { Rational } from './rational';
import { applyMonitoring, type MonitoringPeriod, type ReadPeriod } from './monitoring';
import { parseUnit } from './units';

export interface StratumInput {
  /** Stable within the project: `north`, `s1`. */
  key: string;
  name?: string;
  /** Hectares, as a decimal string (or a JSON number, read through its decimal spelling). */
  area: string | number;
  /** Values of the version's per-stratum inputs. */
  inputs?: Record<string, InputValue>;
}

/**
 * An input's value: one value for the whole crediting period, or, for inputs defined with
 * `perYear`, a value for every calendar year of it (`{ "2025": "12", "2026": "14" }`).
 */
export type InputValue = DefinitionValue | Record<string, DefinitionValue>;

export interface ProjectInputs {
  creditingPeriod: { startYear: number; years: number };
  strata: StratumInput[];
  /** Values of the version's per-project inputs. */
  project?: Record<string, InputValue>;
  /** Project-specific (measured) parameter values; their source is reported as `input`. */
  parameters?: Record<string, ParameterOverride>;
  /**
   * Monitoring periods whose measured values replace the estimates of per-year inputs in
   * their years (ex-post); the other years stay estimates (ex-ante). Absent or empty: the
   * answer is exactly the one without them.
   */
  monitoringPeriods?: MonitoringPeriod[];
}

export interface ParameterOverride {
  value: DefinitionValue;
  justification?: string;
  evidence?: string[];
  /**
   * Set by the caller when the steward approved this value as a deviation: it may then be
   * outside the parameter's range or on a parameter that is not adjustable.
   */
  approvedDeviation?: boolean;
}

export type Currency = 'CNY' | 'USD' | 'BRL' | 'EUR';
export const CURRENCIES: readonly Currency[] = ['CNY', 'USD', 'BRL', 'EUR'];

export interface PriceScenario {
  key: string;
  label?: LocalizedText;
  currency: Currency;
  /** Price per tCO2e in the currency, as a decimal string. */
  pricePerTonne: string;
  source?: string;
}

export interface CalculationOptions {
  /** The adaptation's overrides (source `adaptation`). */
  overrides?: Record<string, ParameterOverride>;
  /** Which adaptation the overrides come from, echoed in the provenance. */
  adaptation?: { id?: string; revision?: number; jurisdiction?: string };
  prices?: PriceScenario[];
  /**
   * `Date.now()` past which the calculation stops with CALCULATION_TIME_BUDGET_EXCEEDED: the
   * caller's time budget, checked between evaluations (no single one is long: values are
   * bounded to MAX_VALUE_DIGITS digits).
   */
  deadline?: number;
}

export type ValueSource = 'default' | 'adaptation' | 'input';

export interface ParameterUsed {
  label: LocalizedText;
  value: string | boolean;
  unit: string;
  source: ValueSource;
  default: string | boolean;
  adjustable: boolean;
  withinRange: boolean;
  citation: Citation;
  justification?: string;
  evidence?: string[];
  approvedDeviation?: boolean;
  /** The adaptation's value when a project input replaced it. */
  adaptationValue?: string | boolean;
  adaptation?: CalculationOptions['adaptation'];
}

export interface InputUsed {
  /** The value, or the value of each year (by calendar year) for a per-year input. */
  value: string | boolean | Record<string, string | boolean>;
  unit: string;
  source: 'input' | 'default';
}

export type Basis = 'ex-ante' | 'ex-post';

export interface YearResult {
  year: number;
  index: number;
  /** With monitoring periods: `ex-post` in a period's years (measured inputs), `ex-ante` otherwise. */
  basis?: Basis;
  /** Project-year formulas: key → value in the formula's unit. */
  project: Record<string, string>;
  /** Stratum-year formulas by stratum key. */
  strata: Record<string, Record<string, string>>;
}

export interface CalculationResult {
  methodology: { key: string; version: string };
  creditingPeriod: { startYear: number; years: number; endYear: number };
  rules: { arithmetic: string; display: string; rounding: string; valueEstimates: string; inexact: string };
  parameters: Record<string, ParameterUsed>;
  inputs: { project: Record<string, InputUsed>; strata: Record<string, { name?: string; area: string; inputs: Record<string, InputUsed> }> };
  constants: Record<string, { value: string; decimal: string; unit: string }>;
  /** `inexact: true` on a formula whose values went through sqrt, exp or ln (RULES.inexact); absent otherwise. */
  formulas: Record<string, { label: LocalizedText; unit: string; scope: string; expression: string; total: 'sum' | 'none'; inexact?: true }>;
  years: YearResult[];
  /** Sums over the crediting period of the formulas whose `total` is `sum`. */
  totals: { project: Record<string, string>; strata: Record<string, Record<string, string>> };
  creditable: {
    formula: string;
    unit: 'tCO2e';
    rule: string;
    perYear: { year: number; value: string; wholeTonnes: string }[];
    total: { value: string; wholeTonnes: string };
    /** Present when the creditable formula is inexact (RULES.inexact). */
    inexact?: true;
  };
  valueEstimates: {
    key: string;
    label?: LocalizedText;
    currency: Currency;
    pricePerTonne: string;
    unit: string;
    source?: string;
    total: string;
    perYear: { year: number; value: string }[];
  }[];
  /** Present when the request carried monitoring periods. */
  monitoring?: MonitoringResult;
}

/** Creditable tCO2e exact and rounded down to whole tonnes once (RULES.rounding). */
export interface Credits {
  value: string;
  wholeTonnes: string;
}

export interface BasisTotals {
  years: number[];
  /** Sums over these years of the project-year formulas totalled with `sum`. */
  project: Record<string, string>;
  creditable: Credits;
}

export interface PeriodResult {
  startYear: number;
  endYear: number;
  /** The inputs the period measured: project input keys, and stratum input keys by stratum. */
  measured: { project: string[]; strata: Record<string, string[]> };
  /** What the period may issue: the exact sum of its years' creditable values, rounded down once. */
  creditable: Credits;
  /** The stock change the buffer is taken from (the version's `buffer.appliesTo`) over the period. */
  stockChange?: { formula: string; value: string };
  /** The buffer deducted over the period (the formula that declares `buffer`). */
  buffer?: { formula: string; value: string };
  inexact?: true;
}

export interface MonitoringResult {
  rule: string;
  /** Where the version applies the buffer, when it declares one. */
  buffer?: { formula: string; appliesTo: string };
  totals: { exAnte: BasisTotals; exPost: BasisTotals };
  periods: PeriodResult[];
}

/** Exact values before any display rounding: what tests and benchmarks compare. */
export interface ExactCalculation {
  compiled: CompiledVersion;
  years: number[];
  /** [year][formula index in `compiled.formulas`], base units; undefined for stratum formulas. */
  project: (Rational | undefined)[][];
  /** [year][stratum][formula index], base units; undefined for project formulas. */
  strata: (Rational | undefined)[][][];
  /** Creditable tCO2e per year, exact. */
  creditable: Rational[];
  parameters: Record<string, ParameterUsed>;
  inputs: CalculationResult['inputs'];
  /** The monitoring periods read, when the request had any. */
  periods?: ReadPeriod[];
}

export { MAX_CREDITING_YEARS, MAX_STRATA };

export const RULES = {
  arithmetic:
    'Exact rational arithmetic: every decimal input is read exactly and no step rounds, so results do not depend on evaluation order or on binary floating point.',
  display:
    'Each value is a decimal string in the unit its definition declares: exact when it has at most 40 significant digits, otherwise rounded half-even to 40 significant digits for display only.',
  rounding:
    'Credits are the exact creditable tCO2e rounded down (toward negative infinity) to whole tonnes, once, at the end: the period total is rounded from the exact sum of the years, not added up from rounded years.',
  valueEstimates: 'A value estimate is whole creditable tonnes (never below zero) times the scenario price, exact, in the price’s currency.',
  inexact:
    'sqrt, exp and ln results are irrational in general: each is computed with decimal.js to 40 significant digits, rounded half-even, and every formula whose values went through one is marked inexact; all other values are exact.',
} as const;

/** How monitoring periods change the answer, stated in it beside the periods. */
export const MONITORING_RULE =
  'Years inside a monitoring period are ex-post: its measured values replace the estimates of per-year inputs in those years only; every other year is ex-ante. A period issues the exact sum of its years’ creditable values rounded down once, so credits issued per period may add up to less than the rounded total of the crediting period. The buffer is the formula the version declares, taken from the stock change it names (the net reduction or removal of each year), never from a stock.';

const STRATUM_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Runs a methodology version over a project: every formula per stratum and per year of the
 * crediting period, then the project-year formulas, with each value's provenance.
 */
export function calculate(version: MethodologyVersion, inputs: ProjectInputs, options: CalculationOptions = {}): CalculationResult {
  const prices = readPrices(options.prices ?? []);
  const exact = evaluateExact(version, inputs, options);
  const { compiled } = exact;
  const display = (formulaIndex: number, value: Rational) => {
    const scale = compiled.formulas[formulaIndex].displayScale;
    return (scale.eq(Rational.ONE) ? value : value.div(scale)).toDecimalString();
  };
  // A year-invariant formula holds the same value object every year: show it once (per
  // formula: two formulas may share a value and differ in their display unit).
  const shownTexts = compiled.formulas.map(() => new Map<Rational, string>());
  const displayYearly = (formulaIndex: number, value: Rational) => {
    if (!compiled.formulas[formulaIndex].yearInvariant) return display(formulaIndex, value);
    let text = shownTexts[formulaIndex].get(value);
    if (text === undefined) shownTexts[formulaIndex].set(value, (text = display(formulaIndex, value)));
    return text;
  };
  const declared = version.formulas;
  const indexOf = new Map(compiled.formulas.map((formula, i) => [formula.key, i]));
  const projectKeys = declared.filter((f) => f.scope === 'project-year').map((f) => f.key);
  const stratumKeys = declared.filter((f) => f.scope === 'stratum-year').map((f) => f.key);
  const strataKeys = inputs.strata.map((stratum) => stratum.key);

  const totalsProject = new Map<string, Rational>();
  const totalsStrata = strataKeys.map(() => new Map<string, Rational>());
  const tick = budgetClock(options.deadline);
  const years: YearResult[] = exact.years.map((year, y) => {
    const project: Record<string, string> = {};
    for (const key of projectKeys) {
      const i = must(indexOf.get(key), key);
      const value = must(exact.project[y][i], key);
      project[key] = displayYearly(i, value);
      if (compiled.formulas[i].total === 'sum') totalsProject.set(key, (totalsProject.get(key) ?? Rational.ZERO).add(value));
    }
    const strata: Record<string, Record<string, string>> = {};
    strataKeys.forEach((stratumKey, k) => {
      tick();
      const values: Record<string, string> = {};
      for (const key of stratumKeys) {
        const i = must(indexOf.get(key), key);
        const value = must(exact.strata[y][k][i], key);
        values[key] = displayYearly(i, value);
        if (compiled.formulas[i].total === 'sum') totalsStrata[k].set(key, (totalsStrata[k].get(key) ?? Rational.ZERO).add(value));
      }
      strata[stratumKey] = values;
    });
    return { year, index: y + 1, ...(exact.periods ? { basis: basisOf(year, exact.periods) } : {}), project, strata };
  });

  const inexact = new Set(compiled.formulas.filter((formula) => formula.inexact).map((formula) => formula.key));
  const render = (totals: Map<string, Rational>) => Object.fromEntries([...totals].map(([key, value]) => [key, display(must(indexOf.get(key), key), value)]));
  const creditTotal = exact.creditable.reduce((sum, value) => sum.add(value), Rational.ZERO);
  const wholeTotal = creditTotal.floor();

  return {
    methodology: { key: version.methodologyKey, version: version.version },
    creditingPeriod: { ...inputs.creditingPeriod, endYear: inputs.creditingPeriod.startYear + inputs.creditingPeriod.years - 1 },
    rules: { ...RULES },
    parameters: exact.parameters,
    inputs: exact.inputs,
    constants: Object.fromEntries(
      version.constants.map((constant) => [
        constant.key,
        { value: String(constant.value), decimal: Rational.parse(String(constant.value)).toDecimalString(), unit: constant.unit },
      ]),
    ),
    formulas: Object.fromEntries(
      declared.map((f) => [
        f.key,
        {
          label: f.label,
          unit: f.unit,
          scope: f.scope,
          expression: f.expression,
          total: f.total ?? 'sum',
          ...(inexact.has(f.key) ? { inexact: true as const } : {}),
        },
      ]),
    ),
    years,
    totals: { project: render(totalsProject), strata: Object.fromEntries(strataKeys.map((key, k) => [key, render(totalsStrata[k])])) },
    creditable: {
      formula: version.creditableFormula,
      unit: 'tCO2e',
      rule: RULES.rounding,
      perYear: exact.years.map((year, y) => ({ year, value: exact.creditable[y].toDecimalString(), wholeTonnes: exact.creditable[y].floor().toString() })),
      total: { value: creditTotal.toDecimalString(), wholeTonnes: wholeTotal.toString() },
      ...(inexact.has(version.creditableFormula) ? { inexact: true as const } : {}),
    },
    ...(exact.periods ? { monitoring: monitoringResult(version, exact, exact.periods, display) } : {}),
    valueEstimates: prices.map(({ scenario, price }) => {
      const worth = (tonnes: bigint) =>
        Rational.of(tonnes > 0n ? tonnes : 0n)
          .mul(price)
          .toDecimalString();
      return {
        key: scenario.key,
        ...(scenario.label ? { label: scenario.label } : {}),
        currency: scenario.currency,
        pricePerTonne: price.toDecimalString(),
        unit: `${scenario.currency}/tCO2e`,
        ...(scenario.source ? { source: scenario.source } : {}),
        total: worth(wholeTotal),
        perYear: exact.years.map((year, y) => ({ year, value: worth(exact.creditable[y].floor()) })),
      };
    }),
  };
}

function basisOf(year: number, periods: ReadPeriod[]): Basis {
  return periods.some((period) => year >= period.startYear && year <= period.endYear) ? 'ex-post' : 'ex-ante';
}

function credits(value: Rational): Credits {
  return { value: value.toDecimalString(), wholeTonnes: value.floor().toString() };
}

/**
 * Ex-ante and ex-post totals and, per monitoring period, its credits, stock change and buffer:
 * exact sums of the years' exact values (base units), shown in each formula's unit.
 */
function monitoringResult(
  version: MethodologyVersion,
  exact: ExactCalculation,
  periods: ReadPeriod[],
  display: (formulaIndex: number, value: Rational) => string,
): MonitoringResult {
  const { compiled } = exact;
  const indexOf = new Map(compiled.formulas.map((formula, i) => [formula.key, i]));
  const bufferDef = version.formulas.find((def) => def.buffer !== undefined);
  const buffer = bufferDef?.buffer ? { formula: bufferDef.key, appliesTo: bufferDef.buffer.appliesTo } : undefined;
  const summed = compiled.formulas.flatMap((formula, i) => (formula.scope === 'project' && formula.total === 'sum' ? [i] : []));
  const sumOf = (i: number, ys: number[]) => ys.reduce((total, y) => total.add(must(exact.project[y][i], compiled.formulas[i].key)), Rational.ZERO);
  const creditsOf = (ys: number[]) => credits(ys.reduce((total, y) => total.add(exact.creditable[y]), Rational.ZERO));
  const positions = (test: (year: number) => boolean) => exact.years.flatMap((year, y) => (test(year) ? [y] : []));
  const basisTotals = (basis: Basis): BasisTotals => {
    const ys = positions((year) => basisOf(year, periods) === basis);
    return {
      years: ys.map((y) => exact.years[y]),
      project: Object.fromEntries(summed.map((i) => [compiled.formulas[i].key, display(i, sumOf(i, ys))])),
      creditable: creditsOf(ys),
    };
  };
  const shownSum = (key: string, ys: number[]) => {
    const i = must(indexOf.get(key), key);
    return { formula: key, value: display(i, sumOf(i, ys)) };
  };
  const creditInexact = compiled.formulas.some((formula) => formula.key === version.creditableFormula && formula.inexact);
  return {
    rule: MONITORING_RULE,
    ...(buffer ? { buffer } : {}),
    totals: { exAnte: basisTotals('ex-ante'), exPost: basisTotals('ex-post') },
    periods: periods.map((period) => {
      const ys = positions((year) => year >= period.startYear && year <= period.endYear);
      return {
        startYear: period.startYear,
        endYear: period.endYear,
        measured: period.measured,
        creditable: creditsOf(ys),
        ...(buffer ? { stockChange: shownSum(buffer.appliesTo, ys), buffer: shownSum(buffer.formula, ys) } : {}),
        ...(creditInexact ? { inexact: true as const } : {}),
      };
    }),
  };
}

/** The calculation without display: exact values in base units, for tests and benchmarks. */
export function evaluateExact(version: MethodologyVersion, request: ProjectInputs, options: CalculationOptions = {}): ExactCalculation {
  const compiled = compileVersion(version);
  const { startYear, years } = readCreditingPeriod(request);
  const strataInputs = readStrata(request);
  const monitored =
    request.monitoringPeriods === undefined
      ? undefined
      : applyMonitoring(version, request, request.monitoringPeriods, (def, value, path) => readInRange(def, value, path));
  const inputs = monitored?.inputs ?? request;

  const project: Slots = new Array(compiled.projectSlots.size).fill(Rational.ZERO);
  const strata: Slots[] = strataInputs.map(() => new Array(compiled.stratumSlots.size).fill(Rational.ZERO));
  const setProject = (key: string, value: Rational) => {
    project[must(compiled.projectSlots.get(key), key)] = value;
  };

  const parameters = resolveParameters(version, inputs, options, setProject);
  for (const constant of version.constants) setProject(constant.key, Rational.parse(String(constant.value)).mul(parseUnit(constant.unit).scale));

  const projectInputs: Record<string, InputUsed> = {};
  const stratumInputs: CalculationResult['inputs']['strata'] = {};
  const projectDefs = version.inputs.filter((def) => def.scope === 'project');
  const stratumDefs = version.inputs.filter((def) => def.scope === 'stratum');
  const projectValues = recordAt(inputs.project, 'project');
  checkKnown(projectValues, projectDefs, 'project');
  const calendar = Array.from({ length: years }, (_, y) => startYear + y);
  /** Inputs that change by year: the slot array, the slot, and the value of each year. */
  const yearly: { slots: Slots; slot: number; values: Rational[] }[] = [];
  const place = (slots: Slots, slot: number, values: Rational[]) => {
    slots[slot] = values[0];
    if (values.some((value) => !value.eq(values[0]))) yearly.push({ slots, slot, values });
  };
  for (const def of projectDefs) {
    const { values, used } = readInput(def, projectValues[def.key], `project.${def.key}`, calendar);
    place(project, must(compiled.projectSlots.get(def.key), def.key), values);
    projectInputs[def.key] = used;
  }
  const areaSlot = must(compiled.stratumSlots.get('area'), 'area');
  strataInputs.forEach((stratum, k) => {
    const slots = strata[k];
    slots[areaSlot] = stratum.area;
    const values = recordAt(inputs.strata[k].inputs, `strata[${k}].inputs`);
    checkKnown(values, stratumDefs, `strata[${k}].inputs`);
    const used: Record<string, InputUsed> = {};
    for (const def of stratumDefs) {
      const { values: byYear, used: one } = readInput(def, values[def.key], `strata[${k}].inputs.${def.key}`, calendar);
      place(slots, must(compiled.stratumSlots.get(def.key), def.key), byYear);
      used[def.key] = one;
    }
    stratumInputs[stratum.key] = { ...(stratum.name ? { name: stratum.name } : {}), area: stratum.area.toDecimalString(), inputs: used };
  });

  const dtSlot = must(compiled.projectSlots.get('dt'), 'dt');
  const yearSlot = must(compiled.projectSlots.get('year_index'), 'year_index');
  const creditIndex = compiled.formulas.findIndex((formula) => formula.key === version.creditableFormula);
  const none: Slots = [];
  const tick = budgetClock(options.deadline);
  const result: ExactCalculation = {
    compiled,
    years: [],
    project: [],
    strata: [],
    creditable: [],
    parameters,
    inputs: { project: projectInputs, strata: stratumInputs },
    ...(monitored?.periods.length ? { periods: monitored.periods } : {}),
  };

  const carriedIn = compiled.carries.filter((carry) => carry.kind === 'prev');
  const carriedOut = compiled.carries.filter((carry) => carry.kind === 'cumsum');
  const slotsOf = (scope: 'project' | 'stratum'): Slots[] => (scope === 'project' ? [project] : strata);
  for (let y = 0; y < years; y += 1) {
    const year = startYear + y;
    // Last year's values, before this year's inputs and formulas overwrite them.
    if (y > 0) for (const carry of carriedIn) for (const slots of slotsOf(carry.scope)) slots[carry.to] = slots[carry.from];
    project[dtSlot] = Rational.ONE;
    project[yearSlot] = Rational.fromInteger(y + 1);
    for (const input of yearly) input.slots[input.slot] = input.values[y];
    const projectValues: (Rational | undefined)[] = new Array(compiled.formulas.length);
    const strataValues: (Rational | undefined)[][] = strata.map(() => new Array(compiled.formulas.length));
    compiled.formulas.forEach((formula, i) => {
      // Same inputs, same exact value: after the first year a year-invariant formula's slots
      // still hold it (nothing else writes them). The first year evaluates every formula in
      // order, so a failing one is reported where it always was.
      if (y > 0 && formula.yearInvariant) {
        if (formula.scope === 'project') projectValues[i] = project[formula.slot];
        else strata.forEach((slots, k) => (strataValues[k][i] = slots[formula.slot]));
        return;
      }
      if (formula.scope === 'project') {
        tick();
        const value = run(formula.key, year, undefined, () => evaluateBy(options.deadline, () => formula.evaluate(project, none, strata)));
        project[formula.slot] = value;
        projectValues[i] = value;
      } else {
        strata.forEach((slots, k) => {
          tick();
          const value = run(formula.key, year, strataInputs[k].key, () => evaluateBy(options.deadline, () => formula.evaluate(project, slots, strata)));
          slots[formula.slot] = value;
          strataValues[k][i] = value;
        });
      }
    });
    for (const carry of carriedOut) {
      for (const slots of slotsOf(carry.scope)) {
        const total = slots[carry.to].add(slots[carry.from]);
        if (!withinDigitBudget(total))
          throw new MethodologyError(
            MethodologyErrorCode.ValueTooLarge,
            msg('runningTotalTooLarge', { year, name: carry.name, limit: MAX_VALUE_DIGITS }),
            {},
            { year, name: carry.name },
          );
        slots[carry.to] = total;
      }
    }
    result.years.push(year);
    result.project.push(projectValues);
    result.strata.push(strataValues);
    // Slots hold base units, so this is tCO2e whatever the formula's declared scale.
    result.creditable.push(must(projectValues[creditIndex], version.creditableFormula));
  }
  return result;
}

/** Checks the deadline every 64 calls: reading the clock on every evaluation would cost more than the check is worth. */
function budgetClock(deadline: number | undefined): () => void {
  if (deadline === undefined) return () => undefined;
  let calls = 0;
  return () => {
    calls += 1;
    if ((calls & 63) === 0 && Date.now() > deadline) {
      throw new MethodologyError(MethodologyErrorCode.TimeBudgetExceeded, msg('timeBudget'));
    }
  };
}

function run(formula: string, year: number, stratum: string | undefined, evaluate: () => Rational): Rational {
  try {
    return evaluate();
  } catch (error) {
    if (!(error instanceof EvaluationFault)) throw error;
    const where = stratum === undefined ? msg('where.formulaYear', { formula, year }) : msg('where.formulaYearStratum', { formula, year, stratum });
    throw new MethodologyError(
      error.code,
      msg('located', { where, message: error.text }),
      { path: `formulas.${formula}.expression`, position: error.position },
      { formula, year, ...(stratum === undefined ? {} : { stratum }) },
    );
  }
}

function readCreditingPeriod(inputs: ProjectInputs): { startYear: number; years: number } {
  const period = inputs?.creditingPeriod;
  const fail = (reason: EngineMessage): never => {
    throw new MethodologyError(MethodologyErrorCode.InvalidCreditingPeriod, msg('creditingPeriod', { reason }), { path: 'creditingPeriod' });
  };
  if (!period || typeof period !== 'object') return fail(msg('period.missing'));
  if (!Number.isInteger(period.startYear) || period.startYear < 1900 || period.startYear > 2200)
    fail(msg('period.startYear', { value: shown(period.startYear) }));
  if (!Number.isInteger(period.years) || period.years < 1 || period.years > MAX_CREDITING_YEARS)
    fail(msg('period.years', { value: shown(period.years), max: MAX_CREDITING_YEARS }));
  return period;
}

function readStrata(inputs: ProjectInputs): { key: string; name?: string; area: Rational }[] {
  const strata = inputs.strata;
  const fail = (reason: EngineMessage, path = 'strata'): never => {
    throw new MethodologyError(MethodologyErrorCode.InvalidStrata, reason, { path });
  };
  if (!Array.isArray(strata) || strata.length === 0) fail(msg('strata.none'));
  if (strata.length > MAX_STRATA) fail(msg('strata.tooMany', { max: MAX_STRATA }));
  const seen = new Set<string>();
  return strata.map((stratum, k) => {
    if (!isRecord(stratum)) fail(msg('strata.notObject'), `strata[${k}]`);
    if (typeof stratum.key !== 'string' || !STRATUM_KEY.test(stratum.key)) fail(msg('strata.key', { key: shown(stratum.key) }), `strata[${k}].key`);
    if (seen.has(stratum.key)) fail(msg('strata.keyTwice', { key: stratum.key }), `strata[${k}].key`);
    seen.add(stratum.key);
    const area = readDecimal(stratum.area);
    if (!area || area.sign() < 0) return fail(msg('strata.area', { key: stratum.key, value: shown(stratum.area) }), `strata[${k}].area`);
    return { key: stratum.key, name: stratum.name, area };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An optional map of values in a request; anything but an object there is refused. */
function recordAt<T>(value: Record<string, T> | undefined, path: string): Record<string, T> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new MethodologyError(MethodologyErrorCode.InvalidValue, msg('valuesNotObject', { path }), { path });
  return value as Record<string, T>;
}

function readDecimal(value: unknown): Rational | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Rational.parseDecimal(String(value)) : undefined;
  if (typeof value === 'string' && Rational.isDecimal(value.trim())) return Rational.parseDecimal(value);
  return undefined;
}

function checkKnown(values: Record<string, InputValue>, defs: InputDefinition[], path: string): void {
  for (const key of Object.keys(values)) {
    if (!defs.some((def) => def.key === key)) {
      throw new MethodologyError(MethodologyErrorCode.UnknownInput, msg('unknownInput', { path, key }), { path: `${path}.${key}` }, { key });
    }
  }
}

interface ReadValue {
  /** The value as the slot holds it: numbers in base units, booleans 1/0, enums by index. */
  slotValue: Rational;
  shown: string | boolean;
  withinRange: boolean;
}

/** Reads a value against its definition; throws InvalidValue on a wrong type. */
function readValue(def: ParameterDefinition | InputDefinition, raw: DefinitionValue, path: string): ReadValue {
  const fail = (reason: EngineMessage): never => {
    throw new MethodologyError(MethodologyErrorCode.InvalidValue, msg('atPath', { path, reason }), { path }, { key: def.key, value: raw });
  };
  if (def.type === 'boolean') {
    if (typeof raw !== 'boolean') fail(msg('value.notBoolean', { value: shown(raw) }));
    return { slotValue: raw ? Rational.ONE : Rational.ZERO, shown: raw as boolean, withinRange: true };
  }
  if (def.type === 'enum') {
    const index = (def.values ?? []).indexOf(raw as string);
    if (typeof raw !== 'string' || index < 0) fail(msg('value.notOneOf', { value: shown(raw), values: (def.values ?? []).join(', ') }));
    return { slotValue: Rational.fromInteger(index), shown: raw as string, withinRange: true };
  }
  const value = readDecimal(raw);
  if (!value) return fail(msg('value.notDecimal', { value: shown(raw) }));
  if (def.type === 'integer' && !value.isInteger()) fail(msg('value.notWhole', { value: String(raw) }));
  const below = def.min !== undefined && value.cmp(Rational.parseDecimal(String(def.min))) < 0;
  const above = def.max !== undefined && value.cmp(Rational.parseDecimal(String(def.max))) > 0;
  return { slotValue: value.mul(parseUnit(def.unit ?? '').scale), shown: value.toDecimalString(), withinRange: !below && !above };
}

function readInput(def: InputDefinition, raw: InputValue | undefined, path: string, calendar: number[]): { values: Rational[]; used: InputUsed } {
  const unit = def.unit ?? '1';
  if (isRecord(raw)) {
    if (!def.perYear)
      throw new MethodologyError(MethodologyErrorCode.InvalidValue, msg('input.notPerYear', { path, key: def.key }), { path }, { key: def.key });
    const extra = Object.keys(raw).find((year) => !calendar.includes(Number(year)) || String(Number(year)) !== year);
    if (extra !== undefined)
      throw new MethodologyError(
        MethodologyErrorCode.InvalidValue,
        msg('input.notAYear', { path, year: shown(extra) }),
        { path: `${path}.${extra}` },
        { key: def.key },
      );
    const shownByYear: Record<string, string | boolean> = {};
    const values = calendar.map((year) => {
      const value = raw[String(year)];
      if (value === undefined)
        throw new MethodologyError(
          MethodologyErrorCode.MissingInput,
          msg('input.missingYear', { path, key: def.key, year }),
          { path: `${path}.${year}` },
          { key: def.key, year },
        );
      const read = readInRange(def, value, `${path}.${year}`);
      shownByYear[year] = read.shown;
      return read.slotValue;
    });
    return { values, used: { value: shownByYear, unit, source: 'input' } };
  }
  const value = raw ?? def.default;
  if (value === undefined)
    throw new MethodologyError(MethodologyErrorCode.MissingInput, msg('input.required', { path, key: def.key }), { path }, { key: def.key });
  const read = readInRange(def, value, path);
  return { values: calendar.map(() => read.slotValue), used: { value: read.shown, unit, source: raw === undefined ? 'default' : 'input' } };
}

function readInRange(def: InputDefinition, value: DefinitionValue, path: string): ReadValue {
  const read = readValue(def, value, path);
  if (!read.withinRange) {
    throw new MethodologyError(
      MethodologyErrorCode.InvalidValue,
      msg('input.outOfRange', { path, value: String(read.shown), min: String(def.min ?? '−∞'), max: String(def.max ?? '∞'), unit: def.unit ?? '' }),
      { path },
      { key: def.key, value: read.shown, min: def.min, max: def.max },
    );
  }
  return read;
}

function resolveParameters(
  version: MethodologyVersion,
  inputs: ProjectInputs,
  options: CalculationOptions,
  set: (key: string, value: Rational) => void,
): Record<string, ParameterUsed> {
  const byKey = new Map(version.parameters.map((def) => [def.key, def]));
  const layers: [ValueSource, Record<string, ParameterOverride>, string][] = [
    ['adaptation', recordAt(options.overrides, 'overrides'), 'overrides'],
    ['input', recordAt(inputs.parameters, 'parameters'), 'parameters'],
  ];
  for (const [, overrides, path] of layers) {
    for (const [key, override] of Object.entries(overrides)) {
      if (!byKey.has(key))
        throw new MethodologyError(MethodologyErrorCode.UnknownParameter, msg('unknownParameter', { path, key }), { path: `${path}.${key}` }, { key });
      if (!isRecord(override) || !('value' in override)) {
        throw new MethodologyError(
          MethodologyErrorCode.InvalidValue,
          msg('overrideNotObject', { path: `${path}.${key}` }),
          { path: `${path}.${key}` },
          { key },
        );
      }
    }
  }
  const used: Record<string, ParameterUsed> = {};
  for (const def of version.parameters) {
    const fallback = readValue(def, def.default, `parameters.${def.key}.default`);
    let chosen = fallback;
    let entry: ParameterUsed = {
      label: def.label,
      value: fallback.shown,
      unit: def.unit ?? '1',
      source: 'default',
      default: fallback.shown,
      adjustable: def.adjustable,
      withinRange: true,
      citation: def.citation,
    };
    for (const [source, overrides, path] of layers) {
      const override = overrides[def.key];
      if (!override) continue;
      const where = `${path}.${def.key}`;
      const read = readValue(def, override.value, `${where}.value`);
      if (!def.adjustable && !override.approvedDeviation) {
        throw new MethodologyError(
          MethodologyErrorCode.ParameterNotAdjustable,
          msg('notAdjustable', { path: where, key: def.key }),
          { path: where },
          { key: def.key },
        );
      }
      if (!read.withinRange && !override.approvedDeviation) {
        throw new MethodologyError(
          MethodologyErrorCode.OverrideOutOfRange,
          msg('overrideOutOfRange', {
            path: where,
            value: String(read.shown),
            unit: def.unit ?? '',
            min: String(def.min ?? '−∞'),
            max: String(def.max ?? '∞'),
          }),
          { path: where },
          { key: def.key, value: read.shown, min: def.min, max: def.max },
        );
      }
      const previous = entry;
      chosen = read;
      entry = {
        label: def.label,
        value: read.shown,
        unit: def.unit ?? '1',
        source,
        default: fallback.shown,
        adjustable: def.adjustable,
        withinRange: read.withinRange,
        citation: def.citation,
        ...(override.justification ? { justification: override.justification } : {}),
        ...(override.evidence?.length ? { evidence: override.evidence } : {}),
        ...(override.approvedDeviation ? { approvedDeviation: true } : {}),
        ...(source === 'adaptation' && options.adaptation ? { adaptation: options.adaptation } : {}),
        ...(source === 'input' && previous.source === 'adaptation'
          ? { adaptationValue: previous.value, ...(options.adaptation ? { adaptation: options.adaptation } : {}) }
          : {}),
      };
    }
    set(def.key, chosen.slotValue);
    used[def.key] = entry;
  }
  return used;
}

function readPrices(prices: PriceScenario[]): { scenario: PriceScenario; price: Rational }[] {
  if (!Array.isArray(prices)) throw new MethodologyError(MethodologyErrorCode.InvalidPriceScenario, msg('prices.notList'), { path: 'prices' });
  return prices.map((scenario, i) => {
    const fail = (reason: EngineMessage): never => {
      throw new MethodologyError(MethodologyErrorCode.InvalidPriceScenario, msg('atPath', { path: `prices[${i}]`, reason }), { path: `prices[${i}]` });
    };
    if (!isRecord(scenario)) return fail(msg('prices.notObject'));
    if (!CURRENCIES.includes(scenario.currency)) fail(msg('prices.currency', { value: shown(scenario.currency), currencies: CURRENCIES.join(', ') }));
    const price = readDecimal(scenario.pricePerTonne);
    if (!price || price.sign() < 0) return fail(msg('prices.price', { value: shown(scenario.pricePerTonne) }));
    return { scenario, price };
  });
}
