import en from '../i18n/en.json';

/**
 * Every failure the engine reports carries one of these stable codes; the HTTP layer maps
 * each code to one problem+json type and one i18next key, as the platform does.
 */
export enum MethodologyErrorCode {
  // Expressions
  ExpressionEmpty = 'EXPRESSION_EMPTY',
  ExpressionTooLong = 'EXPRESSION_TOO_LONG',
  ExpressionTooDeep = 'EXPRESSION_TOO_DEEP',
  UnexpectedCharacter = 'EXPRESSION_UNEXPECTED_CHARACTER',
  UnexpectedToken = 'EXPRESSION_UNEXPECTED_TOKEN',
  UnexpectedEnd = 'EXPRESSION_UNEXPECTED_END',
  UnterminatedString = 'EXPRESSION_UNTERMINATED_STRING',
  InvalidNumber = 'EXPRESSION_INVALID_NUMBER',
  UnknownFunction = 'EXPRESSION_UNKNOWN_FUNCTION',
  WrongArgumentCount = 'EXPRESSION_WRONG_ARGUMENT_COUNT',
  ConditionOutsideIf = 'EXPRESSION_CONDITION_OUTSIDE_IF',
  ConditionExpected = 'EXPRESSION_CONDITION_EXPECTED',
  InvalidSumDomain = 'EXPRESSION_INVALID_SUM_DOMAIN',
  NestedSum = 'EXPRESSION_NESTED_SUM',
  InvalidArgument = 'EXPRESSION_INVALID_ARGUMENT',
  // Units
  UnitSyntax = 'UNIT_SYNTAX',
  UnitUnknown = 'UNIT_UNKNOWN',
  UnitAmbiguous = 'UNIT_AMBIGUOUS',
  // Version definitions
  InvalidSemver = 'VERSION_INVALID_SEMVER',
  InvalidKey = 'VERSION_INVALID_KEY',
  ReservedKey = 'VERSION_RESERVED_KEY',
  DuplicateKey = 'VERSION_DUPLICATE_KEY',
  MissingLabel = 'VERSION_MISSING_LABEL',
  InvalidParameterDefinition = 'VERSION_INVALID_PARAMETER',
  InvalidRange = 'VERSION_INVALID_RANGE',
  DefaultOutOfRange = 'VERSION_DEFAULT_OUT_OF_RANGE',
  InvalidDefault = 'VERSION_INVALID_DEFAULT',
  InvalidConstant = 'VERSION_INVALID_CONSTANT',
  UnknownName = 'VERSION_UNKNOWN_NAME',
  ScopeViolation = 'VERSION_SCOPE_VIOLATION',
  Cycle = 'VERSION_CYCLE',
  UnitMismatch = 'VERSION_UNIT_MISMATCH',
  DeclaredUnitMismatch = 'VERSION_DECLARED_UNIT_MISMATCH',
  TypeMismatch = 'VERSION_TYPE_MISMATCH',
  UnknownEnumValue = 'VERSION_UNKNOWN_ENUM_VALUE',
  InvalidCreditableFormula = 'VERSION_INVALID_CREDITABLE_FORMULA',
  InvalidBuffer = 'VERSION_INVALID_BUFFER',
  InvalidVersion = 'VERSION_INVALID',
  // Publishing: what no project could ever compute
  DivisionByZeroLiteral = 'VERSION_DIVISION_BY_ZERO',
  InvalidExponent = 'VERSION_INVALID_EXPONENT',
  DigitGrowth = 'VERSION_VALUE_TOO_LARGE',
  FunctionDomainLiteral = 'VERSION_FUNCTION_DOMAIN',
  // Calculation
  InvalidCreditingPeriod = 'CALCULATION_INVALID_CREDITING_PERIOD',
  InvalidStrata = 'CALCULATION_INVALID_STRATA',
  MissingInput = 'CALCULATION_MISSING_INPUT',
  UnknownInput = 'CALCULATION_UNKNOWN_INPUT',
  InvalidValue = 'CALCULATION_INVALID_VALUE',
  UnknownParameter = 'CALCULATION_UNKNOWN_PARAMETER',
  ParameterNotAdjustable = 'CALCULATION_PARAMETER_NOT_ADJUSTABLE',
  OverrideOutOfRange = 'CALCULATION_OVERRIDE_OUT_OF_RANGE',
  DivisionByZero = 'CALCULATION_DIVISION_BY_ZERO',
  NonIntegerExponent = 'CALCULATION_NON_INTEGER_EXPONENT',
  FunctionDomain = 'CALCULATION_FUNCTION_DOMAIN',
  ValueTooLarge = 'CALCULATION_VALUE_TOO_LARGE',
  TimeBudgetExceeded = 'CALCULATION_TIME_BUDGET_EXCEEDED',
  InvalidPriceScenario = 'CALCULATION_INVALID_PRICE_SCENARIO',
  InvalidMonitoringPeriod = 'CALCULATION_INVALID_MONITORING_PERIOD',
}

/** Where in a version (or in a request) an error points. */
export interface ErrorLocation {
  /** JSON-path-like address: `formulas.baseline_emissions.expression`, `strata[2].area`. */
  path?: string;
  /** 0-based character offset inside an expression or unit text. */
  position?: number;
}

/**
 * A message as a key of `methodology.messages` in the locale files and its arguments, so the
 * HTTP layer can say it in the caller's language. An argument may itself be a message (a
 * reason inside a located message), translated the same way.
 */
export interface EngineMessage {
  key: string;
  args?: Record<string, MessageArg>;
}
export type MessageArg = string | number | EngineMessage;

export function msg(key: string, args?: Record<string, MessageArg>): EngineMessage {
  return args ? { key, args } : { key };
}

/** The English templates: `methodology.messages` of the lib's en.json, nested by the key's dots. */
const ENGLISH: unknown = en.methodology.messages;

function templateAt(catalogue: unknown, key: string): string | undefined {
  let node = catalogue;
  for (const part of key.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * A message in a language: `template(key)` gives the text with `{{name}}` placeholders
 * (English by default, from the lib's en.json), nested messages first.
 */
export function renderMessage(message: EngineMessage, template: (key: string, args: Record<string, string | number>) => string = englishTemplate): string {
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.args ?? {})) args[name] = typeof value === 'object' ? renderMessage(value, template) : value;
  return template(message.key, args);
}

function englishTemplate(key: string, args: Record<string, string | number>): string {
  const text = templateAt(ENGLISH, key);
  if (text === undefined) throw new Error(`methodology engine: no English message "${key}"`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name in args ? String(args[name]) : `{{${name}}}`));
}

export class MethodologyError extends Error {
  /** The message as a key and arguments; `message` is its English text. */
  readonly text: EngineMessage;

  constructor(
    readonly code: MethodologyErrorCode,
    text: EngineMessage,
    readonly location: ErrorLocation = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(renderMessage(text));
    this.text = text;
    this.name = 'MethodologyError';
  }
}

/** A version that failed validation: every issue found, not just the first. */
export class InvalidVersionError extends MethodologyError {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(MethodologyErrorCode.InvalidVersion, msg('versionInvalid', { issues: issues.map((issue) => issue.message).join('; ') }), {}, { issues });
    this.name = 'InvalidVersionError';
  }
}

export interface ValidationIssue {
  code: MethodologyErrorCode;
  /** English; `text` is the same as a key and arguments, for other languages. */
  message: string;
  text: EngineMessage;
  path: string;
  position?: number;
  details?: Record<string, unknown>;
}

export function issueFrom(error: MethodologyError, path: string): ValidationIssue {
  return {
    code: error.code,
    message: error.message,
    text: error.text,
    path: error.location.path ?? path,
    ...(error.location.position === undefined ? {} : { position: error.location.position }),
    ...(Object.keys(error.details).length ? { details: error.details } : {}),
  };
}

/** A value the engine's own invariants guarantee (a resolved name, a compiled slot); a miss is a bug. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`methodology engine invariant broken: ${what} is missing`);
  return value;
}

/** Any value as it may appear in a message: JSON where possible (never throws). */
export function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(typeof value);
  } catch {
    return typeof value;
  }
}

/** A text as itself, anything else as `shown` does. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : shown(value);
}
