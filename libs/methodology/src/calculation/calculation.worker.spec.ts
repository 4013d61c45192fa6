import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import type { MethodologyVersion } from '../domain/model';
import runCalculation, { type CalculationTask } from './calculation.worker';

/** Tasks as the pool sends them: each carries its own copy of the version (structured clone). */
function task(cacheKey: string | null, version: MethodologyVersion): CalculationTask {
  return {
    cacheKey,
    version: structuredClone(version),
    inputs: { creditingPeriod: { startYear: 2025, years: 2 }, strata: [{ key: 'a', area: '10' }], project: { uncertainty: '12.5' } },
    options: {},
    timeBudgetMs: 60_000,
    answerExtras: {},
  };
}

const creditsOf = (outcome: ReturnType<typeof runCalculation>) => {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return (JSON.parse(outcome.answer) as { creditable: { total: { value: string } } }).creditable.total.value;
};

describe('the calculation thread’s cache of published versions', () => {
  // Same method, a different default: what a second published version (or another methodology) looks like.
  const doubledStock: MethodologyVersion = {
    ...MANGROVE_CONSERVATION_V1,
    version: '1.0.1',
    parameters: MANGROVE_CONSERVATION_V1.parameters.map((def) => (def.key === 'agb_stock' ? { ...def, default: '150' } : def)),
  };

  it('never answers one version with another’s compiled formulas, in any order', () => {
    const alone = { v1: creditsOf(runCalculation(task(null, MANGROVE_CONSERVATION_V1))), v2: creditsOf(runCalculation(task(null, doubledStock))) };
    expect(alone.v1).not.toBe(alone.v2);
    for (const order of [
      ['v1', 'v2', 'v1', 'v2'],
      ['v2', 'v2', 'v1', 'v1'],
    ] as const) {
      for (const which of order) {
        const outcome = runCalculation(task(which === 'v1' ? 'id-1:sha256:one' : 'id-2:sha256:two', which === 'v1' ? MANGROVE_CONSERVATION_V1 : doubledStock));
        expect([which, creditsOf(outcome)]).toEqual([which, alone[which]]);
      }
    }
  });

  it('a new checksum under the same id (a version re-published after a fix) gets its own plan', () => {
    creditsOf(runCalculation(task('id-3:sha256:a', MANGROVE_CONSERVATION_V1)));
    expect(creditsOf(runCalculation(task('id-3:sha256:b', doubledStock)))).toBe(creditsOf(runCalculation(task(null, doubledStock))));
  });
});
