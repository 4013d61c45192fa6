import { type ReminderCandidate, selectReminders } from './reminder-selection';

const candidate = (stepId: string, state: ReminderCandidate['state'], dueOn: string | null, timeZone = 'Asia/Shanghai'): ReminderCandidate => ({
  stepId,
  key: stepId,
  state,
  dueOn,
  dependsOn: [],
  timeZone,
});

describe('daily reminder selection', () => {
  const now = new Date('2024-06-10T01:00:00Z'); // 09:00 on 10 June in Shanghai

  it('reminds for steps due within three days and for overdue ones', () => {
    const reminders = selectReminders(
      [
        candidate('today', 'open', '2024-06-10'),
        candidate('in3', 'open', '2024-06-13'),
        candidate('in4', 'open', '2024-06-14'),
        candidate('late', 'changes_requested', '2024-05-01'),
      ],
      now,
    );
    expect(reminders).toEqual([
      { stepId: 'today', key: 'today', dueOn: '2024-06-10', kind: 'due_soon', daysLeft: 0, reminderDay: '2024-06-10' },
      { stepId: 'in3', key: 'in3', dueOn: '2024-06-13', kind: 'due_soon', daysLeft: 3, reminderDay: '2024-06-10' },
      { stepId: 'late', key: 'late', dueOn: '2024-05-01', kind: 'overdue', daysLeft: -40, reminderDay: '2024-06-10' },
    ]);
  });

  it('never reminds for steps that are not waiting for the city', () => {
    const states = ['locked', 'submitted', 'approved', 'waived'] as const;
    expect(
      selectReminders(
        states.map((state) => candidate(state, state, '2024-06-01')),
        now,
      ),
    ).toEqual([]);
    expect(selectReminders([candidate('undated', 'open', null)], now)).toEqual([]);
  });

  it('takes the day on the jurisdiction calendar', () => {
    // Still 9 June in São Paulo: the step due on 13 June is four days away there.
    const reminders = selectReminders([candidate('br', 'open', '2024-06-13', 'America/Sao_Paulo'), candidate('cn', 'open', '2024-06-13')], now);
    expect(reminders.map((reminder) => [reminder.stepId, reminder.reminderDay])).toEqual([['cn', '2024-06-10']]);
  });
});
