import { addDays, daysBetween, dueDateFor, isValidTimeZone, localDate } from './local-dates';
import { caseProgress, type ProgressStepInput } from './progress';

const step = (key: string, state: ProgressStepInput['state'], dueOn: string | null = null, dependsOn: string[] = []): ProgressStepInput => ({
  key,
  state,
  dependsOn,
  dueOn,
});

describe('local dates', () => {
  it('reads the calendar day in the jurisdiction time zone', () => {
    const instant = new Date('2024-03-10T20:00:00Z');
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2024-03-11');
    expect(localDate(instant, 'America/Sao_Paulo')).toBe('2024-03-10');
  });

  it('gives the same day as the formatter at every step around midnights and clock changes, zone after zone', () => {
    // The last day per zone is kept for its minute: walking instants 41 s apart through local
    // midnight and daylight-saving changes, zones interleaved, must never answer a stale or
    // another zone's day. Kathmandu and Chatham have quarter-hour offsets, Lord Howe a
    // half-hour clock change, Gaza changes its clocks just after midnight.
    const zones = ['Asia/Shanghai', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Gaza'];
    const formatters = new Map(
      zones.map((zone) => [zone, new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })]),
    );
    const reference = (instant: Date, timeZone: string) => {
      const parts = formatters.get(timeZone)?.formatToParts(instant) ?? [];
      const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
      return `${part('year')}-${part('month')}-${part('day')}`;
    };
    const windows = ['2024-03-10T00:00:00Z', '2024-04-06T12:00:00Z', '2024-10-25T18:00:00Z', '2024-11-03T00:00:00Z', '1969-12-31T12:00:00Z'];
    const mismatches: string[] = [];
    for (const start of windows)
      for (let time = Date.parse(start); time < Date.parse(start) + 36 * 3_600_000; time += 41_000)
        for (const zone of zones) {
          const instant = new Date(time);
          if (localDate(instant, zone) !== reference(instant, zone)) mismatches.push(`${zone} ${instant.toISOString()}`);
        }
    expect(mismatches).toEqual([]);
  });

  it('adds days and counts them across month and year ends', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('dates a step from the day it opened, on the city calendar', () => {
    // 23:30 in São Paulo is already the next day in Shanghai.
    const openedAt = new Date('2024-05-01T02:30:00Z');
    expect(dueDateFor(openedAt, 14, 'America/Sao_Paulo')).toBe('2024-05-14');
    expect(dueDateFor(openedAt, 14, 'Asia/Shanghai')).toBe('2024-05-15');
  });

  it('knows real time zones from made-up ones', () => {
    expect(isValidTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('case progress', () => {
  const steps = [
    step('a', 'approved'),
    step('b', 'waived'),
    step('c', 'open', '2024-06-10', ['a']),
    step('d', 'submitted', '2024-06-01', ['a']),
    step('e', 'changes_requested', '2024-06-05', ['a']),
    step('f', 'locked', null, ['c', 'd', 'b']),
    step('g', 'locked', null, ['f']),
  ];

  it('counts done steps and rounds the percentage down', () => {
    const progress = caseProgress(steps, new Date('2024-06-01T00:00:00Z'), 'Asia/Shanghai');
    expect(progress).toMatchObject({ totalSteps: 7, doneSteps: 2, percentComplete: 28, completed: false });
  });

  it('flags open and changes-requested steps past their due day, not submitted ones', () => {
    const progress = caseProgress(steps, new Date('2024-06-08T03:00:00Z'), 'Asia/Shanghai');
    const byKey = Object.fromEntries(progress.steps.map((item) => [item.key, item]));
    expect(byKey.c).toMatchObject({ overdue: false, daysLeft: 2 });
    expect(byKey.d).toMatchObject({ overdue: false, daysLeft: null }); // with the reviewer
    expect(byKey.e).toMatchObject({ overdue: true, daysLeft: -3 });
    expect(progress.overdueCount).toBe(1);
  });

  it('is not overdue on the due day itself, in the city time zone', () => {
    const dueDay = [step('c', 'open', '2024-06-10')];
    // 2024-06-10T23:00 in São Paulo is 2024-06-11 in UTC: still the due day for the city.
    const now = new Date('2024-06-11T02:00:00Z');
    expect(caseProgress(dueDay, now, 'America/Sao_Paulo').steps[0]).toMatchObject({ overdue: false, daysLeft: 0 });
    expect(caseProgress(dueDay, now, 'Asia/Shanghai').steps[0]).toMatchObject({ overdue: true, daysLeft: -1 });
  });

  it('says what each locked step waits for', () => {
    const progress = caseProgress(steps, new Date('2024-06-01T00:00:00Z'), 'Asia/Shanghai');
    const byKey = Object.fromEntries(progress.steps.map((item) => [item.key, item.waitingFor]));
    expect(byKey.f).toEqual(['c', 'd']);
    expect(byKey.g).toEqual(['f']);
    expect(byKey.c).toEqual([]);
  });

  it('reaches 100 only when every step is approved or waived', () => {
    const almost = [step('a', 'approved'), step('b', 'waived'), step('c', 'submitted')];
    expect(caseProgress(almost, new Date(), 'UTC')).toMatchObject({ percentComplete: 66, completed: false });
    const done = [step('a', 'approved'), step('b', 'waived'), step('c', 'approved')];
    expect(caseProgress(done, new Date(), 'UTC')).toMatchObject({ percentComplete: 100, completed: true, overdueCount: 0 });
    expect(caseProgress([], new Date(), 'UTC')).toMatchObject({ percentComplete: 0, completed: false });
  });
});
