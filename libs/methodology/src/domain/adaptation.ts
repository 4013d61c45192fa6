import type { ParameterOverride } from './calculate';
import { type EngineMessage, msg, renderMessage } from './errors';
import type { DefinitionValue, MethodologyVersion, ParameterDefinition } from './model';
import { Rational } from './rational';

export type DeviationReason = 'out-of-range' | 'not-adjustable';

export interface OverrideReview {
  /** Adjustable parameters with a valid value inside the range: the coordinator may submit these. */
  withinRules: { key: string; value: DefinitionValue }[];
  /** Valid values the steward must approve or reject as deviations, with why. */
  deviations: { key: string; value: DefinitionValue; reasons: DeviationReason[]; min?: string; max?: string }[];
  /** Values that cannot be used at all: unknown parameter, wrong type, not one of the enum values. */
  invalid: { key: string; value: unknown; reason: string; text: EngineMessage }[];
}

/**
 * Sorts an adaptation's overrides the way the approval flow needs: inside the rules, a
 * deviation for the steward (outside the range, or a parameter that is not adjustable), or
 * unusable. The calculator applies the same rules (a deviation needs `approvedDeviation`).
 */
export function reviewOverrides(version: MethodologyVersion, overrides: Record<string, ParameterOverride>): OverrideReview {
  const byKey = new Map(version.parameters.map((def) => [def.key, def]));
  const review: OverrideReview = { withinRules: [], deviations: [], invalid: [] };
  for (const [key, override] of Object.entries(overrides)) {
    const def = byKey.get(key);
    const value: unknown = override?.value;
    if (!def) {
      const text = msg('override.notAParameter');
      review.invalid.push({ key, value, reason: renderMessage(text), text });
      continue;
    }
    const problem = typeProblem(def, value);
    if (problem) {
      review.invalid.push({ key, value, reason: renderMessage(problem), text: problem });
      continue;
    }
    const reasons: DeviationReason[] = [];
    if (!inRange(def, value as DefinitionValue)) reasons.push('out-of-range');
    if (!def.adjustable) reasons.push('not-adjustable');
    if (reasons.length) {
      review.deviations.push({
        key,
        value: value as DefinitionValue,
        reasons,
        ...(def.min === undefined ? {} : { min: def.min }),
        ...(def.max === undefined ? {} : { max: def.max }),
      });
    } else {
      review.withinRules.push({ key, value: value as DefinitionValue });
    }
  }
  return review;
}

function typeProblem(def: ParameterDefinition, value: unknown): EngineMessage | undefined {
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : msg('override.mustBeBoolean');
    case 'enum':
      return typeof value === 'string' && (def.values ?? []).includes(value)
        ? undefined
        : msg('override.mustBeOneOf', { values: (def.values ?? []).join(', ') });
    default: {
      const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
      if (typeof text !== 'string' || !Rational.isDecimal(text.trim())) return msg('override.mustBeDecimal');
      if (def.type === 'integer' && !Rational.parseDecimal(text).isInteger()) return msg('override.mustBeWhole');
      return undefined;
    }
  }
}

function inRange(def: ParameterDefinition, value: DefinitionValue): boolean {
  if (typeof value === 'boolean' || def.type === 'enum') return true;
  const number = Rational.parseDecimal(String(value));
  if (def.min !== undefined && number.cmp(Rational.parseDecimal(String(def.min))) < 0) return false;
  return !(def.max !== undefined && number.cmp(Rational.parseDecimal(String(def.max))) > 0);
}
