export { type DeviationReason, type OverrideReview, reviewOverrides } from './engine/adaptation';
export {
  calculate,
  type CalculationOptions,
  type CalculationResult,
  type Currency,
  CURRENCIES,
  evaluateExact,
  type ExactCalculation,
  type InputUsed,
  type InputValue,
  MAX_CREDITING_YEARS,
  type ParameterOverride,
  type ParameterUsed,
  type PriceScenario,
  type ProjectInputs,
  RULES,
  type StratumInput,
  type ValueSource,
  type YearResult,
} from './engine/calculate';
export { canonicalJson, versionChecksum } from './engine/checksum';
export { type CompiledVersion, compileVersion } from './engine/compile';
export { adaptationUpgradeReport, type AdaptationUpgradeReport, diffVersions, type VersionDiff } from './engine/diff';
export { type ErrorLocation, InvalidVersionError, MethodologyError, MethodologyErrorCode, type ValidationIssue } from './engine/errors';
export { type Expr, formatExpression, RESERVED_WORDS } from './engine/expression';
export type {
  Citation,
  ConstantDefinition,
  DefinitionValue,
  FormulaDefinition,
  FormulaScope,
  InputDefinition,
  LocaleCode,
  LocalizedText,
  MethodologyVersion,
  ParameterDefinition,
  ValueType,
} from './engine/model';
export { BUILT_INS } from './engine/model';
export { ExpressionSyntaxError, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH, parseExpression } from './engine/parser';
export { DISPLAY_SIGNIFICANT_DIGITS, Rational } from './engine/rational';
export { BASE_DIMENSIONS, formatDimensions, parseUnit, sameDimensions, type Unit, UNIT_SYMBOLS } from './engine/units';
export { validateVersion, type ValidationResult } from './engine/validate';
export { MANGROVE_CONSERVATION_V1, SHENZHEN_2023_AUCTION_PRICES } from './seed/mangrove-conservation';
export { MANGROVE_CONSERVATION_V2 } from './seed/mangrove-conservation-v2';
export { MethodologyAdaptation, type AdaptationStatus, type StoredOverride } from './entities/methodology-adaptation.entity';
export { MethodologyTemplate } from './entities/methodology-template.entity';
export { MethodologyVersionRow, type VersionStatus } from './entities/methodology-version.entity';
export { METHODOLOGY_TRANSLATIONS } from './i18n/translations';
export { MethodologyModule } from './methodology.module';
export { METHODOLOGY_ENTITIES } from './entities';
export { seedMethodologyDemo } from './seed/seed-methodology-demo';
export { VersionStore } from './versions/version-store.service';
export { AdaptationLoader, type LoadedAdaptation } from './adaptations/adaptation-loader.service';
