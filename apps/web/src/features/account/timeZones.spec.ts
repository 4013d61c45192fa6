import { timeZoneChoices } from './timeZones';

describe('the time zones offered on the profile', () => {
  it('lists IANA names, UTC among them, sorted', () => {
    const zones = timeZoneChoices(null);
    expect(zones).toEqual(expect.arrayContaining(['America/Sao_Paulo', 'Asia/Shanghai', 'UTC']));
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
  });

  it('keeps the saved zone even when this browser does not name it', () => {
    expect(timeZoneChoices('Etc/GMT+3')).toContain('Etc/GMT+3');
  });
});
