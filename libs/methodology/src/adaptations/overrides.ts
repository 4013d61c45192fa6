import { Problems } from '@bluecarbon/platform';
import type { OverrideDto } from '../dto/adaptation.dto';
import type { StoredOverride } from '../entities/methodology-adaptation.entity';

/** The list the API takes, as the map the engine takes; a parameter named twice is a 400. */
export function overridesFromList(list: OverrideDto[]): Record<string, StoredOverride> {
  const overrides: Record<string, StoredOverride> = {};
  list.forEach((item, index) => {
    if (Object.hasOwn(overrides, item.parameter)) {
      throw Problems.invalidFields([{ field: `overrides.${index}.parameter`, rule: 'arrayUnique' }]);
    }
    // Numbers are kept as their decimal spelling: the stored value is what was meant, exactly.
    const value = typeof item.value === 'number' ? String(item.value) : item.value;
    overrides[item.parameter] = { value, justification: item.justification, ...(item.evidence?.length ? { evidence: [...item.evidence] } : {}) };
  });
  return overrides;
}

/** A new revision starts without earlier approvals: the steward decides deviations again. */
export function withoutApprovals(overrides: Record<string, StoredOverride>): Record<string, StoredOverride> {
  return Object.fromEntries(
    Object.entries(overrides).map(([key, override]) => {
      const { approvedDeviation: _approved, ...rest } = override;
      return [key, rest];
    }),
  );
}
