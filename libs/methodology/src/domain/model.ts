import type { LocalizedText } from '@bluecarbon/platform';

export type ValueType = 'decimal' | 'integer' | 'percent' | 'enum' | 'boolean';

/**
 * A value as definitions and requests carry it: numbers as decimal strings (a JSON number
 * is read through its shortest decimal spelling), enum values as strings, booleans as such.
 */
export type DefinitionValue = string | number | boolean;

/** Where a default comes from, precisely enough to look it up. */
export interface Citation {
  /** The source: `IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.5`. */
  source: string;
  /** What the source says the value is for, and any doubt about it. */
  note?: string;
}

interface ValueDefinition {
  key: string;
  label: LocalizedText;
  description?: LocalizedText;
  /** A unit text for parseUnit: `tC/ha`, `%/yr`, `1`. Enum and boolean values take `1` or none. */
  unit?: string;
  type: ValueType;
  /** Inclusive bounds, in the value's own unit, for decimal, integer and percent values. */
  min?: string;
  max?: string;
  /** The allowed values of an enum. */
  values?: string[];
}

/** A named, cited value of the method that a jurisdiction may (or may not) adapt. */
export interface ParameterDefinition extends ValueDefinition {
  default: DefinitionValue;
  citation: Citation;
  /** Whether a jurisdiction may override it within [min, max] without a deviation. */
  adjustable: boolean;
}

/** A value every project (or every stratum of a project) supplies. */
export interface InputDefinition extends ValueDefinition {
  scope: 'project' | 'stratum';
  /** Used when the project leaves it out; without one the input is required. */
  default?: DefinitionValue;
  /** The project may give a value for each year of the crediting period (monitored values). */
  perYear?: boolean;
}

/** A fixed factor with a unit, exact as a ratio: the CO2/C molecular-weight ratio `44/12`. */
export interface ConstantDefinition {
  key: string;
  label: LocalizedText;
  /** A decimal or a ratio of decimals (`44/12`). */
  value: string;
  unit: string;
  citation: Citation;
}

export type FormulaScope = 'stratum-year' | 'project-year';

export interface FormulaDefinition {
  key: string;
  label: LocalizedText;
  description?: LocalizedText;
  /** See parser.ts for the language; names are parameters, inputs, constants, formulas or built-ins. */
  expression: string;
  /** The result's unit; the expression's dimensions must match it. */
  unit: string;
  scope: FormulaScope;
  /**
   * How a value is totalled over the crediting period: `sum` for quantities per year
   * (tonnes, hectares), `none` for rates and ratios, whose sum means nothing. Default `sum`.
   */
  total?: 'sum' | 'none';
  /**
   * Declares this formula the non-permanence buffer deduction and names the formula it is
   * taken from: a project-year change in tCO2e totalled with `sum` (the net emission reduction
   * or removal of a year), never a stock, because the standard buffers the stock change. The
   * creditable formula must deduct it. Monitoring-period answers report both per period.
   */
  buffer?: { appliesTo: string };
}

/** One version of a methodology, as data. */
export interface MethodologyVersion {
  methodologyKey: string;
  /** Semver: `1.0.0`. */
  version: string;
  title: LocalizedText;
  description: LocalizedText;
  /** The method's text by section key; kept for diffs, not evaluated. */
  sections?: Record<string, LocalizedText>;
  parameters: ParameterDefinition[];
  inputs: InputDefinition[];
  constants: ConstantDefinition[];
  formulas: FormulaDefinition[];
  /** The project-year formula, in tCO2e, whose values become credits. */
  creditableFormula: string;
}

/**
 * Names every formula can use without declaring them:
 * - `area`: the stratum's area in ha (stratum scope);
 * - `dt`: the length of one reporting year, 1 yr (turns rates per year into amounts);
 * - `year_index`: 1 in the first year of the crediting period, 2 in the second, …
 */
export const BUILT_INS = {
  area: { unit: 'ha', scope: 'stratum' },
  dt: { unit: 'yr', scope: 'project' },
  year_index: { unit: '1', scope: 'project' },
} as const;
