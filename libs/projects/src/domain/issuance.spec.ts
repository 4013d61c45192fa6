import { apportion, serialNumber, serialRanges, vintagesOf, vintagesOfPeriod } from './issuance';
import { allowedMonitoringActions, nextMonitoringStatus, periodIssues, periodsOverlap } from './monitoring';

describe('issuance from a calculation', () => {
  const years = [
    { year: 2024, creditable: '154.70312715', buffer: '17.19' },
    { year: 2025, creditable: '156.9', buffer: '17.4' },
    { year: 2026, creditable: '-3.2', buffer: null },
    { year: 2027, creditable: '0.99', buffer: '0.1' },
  ];

  it('rounds each vintage down to whole tonnes, adds the held-back buffer, and leaves out empty years', () => {
    expect(vintagesOf(years, 2024, 2027)).toEqual([
      { vintage: 2024, issuedTonnes: 171, bufferTonnes: 17 },
      { vintage: 2025, issuedTonnes: 173, bufferTonnes: 17 },
    ]);
    expect(vintagesOf(years, 2025, 2025)).toEqual([{ vintage: 2025, issuedTonnes: 173, bufferTonnes: 17 }]);
  });

  it('issues a monitoring period’s tonnes, rounded down once, shared out over its years', () => {
    // 154.70 + 156.9 − 3.2 + 0.99 = 309.39…: 309 t net, not 154 + 156 + 0 = 310 from the years.
    const period = { wholeTonnes: '309', buffer: '34.69', years };
    const vintages = vintagesOfPeriod(period);
    expect(vintages.reduce((sum, v) => sum + v.issuedTonnes - v.bufferTonnes, 0)).toBe(309);
    expect(vintages.reduce((sum, v) => sum + v.bufferTonnes, 0)).toBe(34);
    expect(vintages.map((v) => v.vintage)).toEqual([2024, 2025, 2027]);
    expect(vintagesOfPeriod({ wholeTonnes: '-4', buffer: null, years })).toEqual([]);
  });

  it('shares whole tonnes in proportion, by largest remainder, never losing or inventing one', () => {
    expect(apportion(10, ['1', '1', '1'])).toEqual([4, 3, 3]);
    expect(apportion(7, ['2.5', '-1', '4.5'])).toEqual([3, 0, 4]);
    expect(apportion(0, ['1', '2'])).toEqual([0, 0]);
    for (let n = 0; n < 200; n += 1) {
      const weights = Array.from({ length: 1 + (n % 7) }, (_, i) => String(((n * 37 + i * 101) % 997) / 7 - 20));
      const total = (n * 13) % 500;
      const shares = apportion(total, weights);
      const anyPositive = weights.some((w) => Number(w) > 0);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(anyPositive ? total : 0);
      weights.forEach((w, i) => Number(w) <= 0 && expect(shares[i]).toBe(0));
    }
  });

  it('numbers every tonne once, in consecutive ranges', () => {
    const ranges = serialRanges(101, vintagesOf(years, 2024, 2025));
    expect(ranges.map(({ first, last }) => [first, last])).toEqual([
      [101, 271],
      [272, 444],
    ]);
    expect(serialNumber('BCP-CN-GD-ENPING-1A2B3C4D', 2024, 101)).toBe('BCP-CN-GD-ENPING-1A2B3C4D-2024-000000101');
  });
});

describe('monitoring periods', () => {
  const crediting = { start: '2024-01-01', end: '2053-12-31' };

  it('overlap when they share a day, inclusive', () => {
    expect(periodsOverlap({ start: '2024-01-01', end: '2024-12-31' }, { start: '2024-12-31', end: '2025-12-31' })).toBe(true);
    expect(periodsOverlap({ start: '2024-01-01', end: '2024-12-31' }, { start: '2025-01-01', end: '2025-12-31' })).toBe(false);
  });

  it('are whole calendar years inside the crediting period', () => {
    expect(periodIssues({ start: '2024-01-01', end: '2025-12-31' }, crediting)).toEqual([]);
    expect(periodIssues({ start: '2024-03-01', end: '2024-12-30' }, crediting)).toEqual([
      { field: 'periodStart', rule: 'calendarYearPeriod' },
      { field: 'periodEnd', rule: 'calendarYearPeriod' },
    ]);
    expect(periodIssues({ start: '2023-01-01', end: '2054-12-31' }, crediting)).toEqual([
      { field: 'periodStart', rule: 'withinCreditingPeriod' },
      { field: 'periodEnd', rule: 'withinCreditingPeriod' },
    ]);
  });

  it('go draft → submitted → approved, and back to draft on rejection', () => {
    expect(nextMonitoringStatus('draft', 'submit')).toBe('submitted');
    expect(nextMonitoringStatus('submitted', 'approve')).toBe('approved');
    expect(nextMonitoringStatus('submitted', 'reject')).toBe('draft');
    expect(nextMonitoringStatus('approved', 'reject')).toBeNull();
    expect(allowedMonitoringActions('approved')).toEqual([]);
  });
});
