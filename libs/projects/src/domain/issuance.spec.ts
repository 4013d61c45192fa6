import { serialNumber, serialRanges, vintagesOf } from './issuance';
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
