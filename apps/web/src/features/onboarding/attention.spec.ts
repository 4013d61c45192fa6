import { attentionLink, parseAttention, parsePartnerAttention, partnerNeeds, stepNeeds } from './attention';
import type { OverviewRow, StepView } from './types';

const step = (state: StepView['state'], overdue = false) => ({ state, overdue }) as StepView;
const partner = (caseId: string | null, overdueCount: number) => ({ caseId, overdueCount }) as OverviewRow;

describe('what a home card points at', () => {
  it('reads only the filters it knows from the address', () => {
    expect(parseAttention('review')).toBe('review');
    expect(parseAttention('overdue')).toBe('overdue');
    expect(parseAttention('todo')).toBe('todo');
    expect(parseAttention('everything')).toBeNull();
    expect(parseAttention(null)).toBeNull();
    // The overview filters partners by what the network looks at, not by a city's own to-do.
    expect(parsePartnerAttention('review')).toBe('review');
    expect(parsePartnerAttention('todo')).toBeNull();
  });

  it('counts a step sent back for changes as work to do, and a handed-in one as waiting for review', () => {
    expect(stepNeeds(step('open'), 'todo')).toBe(true);
    expect(stepNeeds(step('changes_requested'), 'todo')).toBe(true);
    expect(stepNeeds(step('submitted'), 'todo')).toBe(false);
    expect(stepNeeds(step('locked'), 'todo')).toBe(false);
    expect(stepNeeds(step('submitted'), 'review')).toBe(true);
    expect(stepNeeds(step('approved'), 'review')).toBe(false);
    expect(stepNeeds(step('open', true), 'overdue')).toBe(true);
    expect(stepNeeds(step('open'), 'overdue')).toBe(false);
  });

  it('keeps the partners with overdue steps, or whose case waits for a review', () => {
    const reviews = new Set(['case-a']);
    expect(partnerNeeds(partner('case-a', 0), 'review', reviews)).toBe(true);
    expect(partnerNeeds(partner('case-b', 2), 'review', reviews)).toBe(false);
    expect(partnerNeeds(partner(null, 0), 'review', reviews)).toBe(false);
    expect(partnerNeeds(partner('case-b', 2), 'overdue', reviews)).toBe(true);
    expect(partnerNeeds(partner('case-a', 0), 'overdue', reviews)).toBe(false);
  });

  it('leads to the one case itself, to the filtered overview for several, and nowhere for none', () => {
    expect(attentionLink(['c1', 'c1'], 'review')).toBe('/onboarding/cases/c1?show=review');
    expect(attentionLink(['c1', 'c2'], 'overdue')).toBe('/onboarding/overview?show=overdue');
    expect(attentionLink([], 'todo')).toBeNull();
  });
});
