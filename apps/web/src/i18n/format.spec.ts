import { formatBytes, formatDate, formatNumber, formatPercent } from './format';

describe('locale formatting', () => {
  it('writes a calendar day the same in every time zone, in each language', () => {
    expect(formatDate('en', '2027-03-03')).toBe('Mar 3, 2027');
    expect(formatDate('zh-CN', '2027-03-03')).toBe('2027年3月3日');
    expect(formatDate('pt-BR', '2027-03-03')).toBe('3 de mar. de 2027');
  });

  it("shows an instant on the city's calendar", () => {
    // 20:30 UTC on 2 March is already 3 March in Shenzhen, still 2 March in Niterói.
    expect(formatDate('en', '2027-03-02T20:30:00Z', 'Asia/Shanghai')).toBe('Mar 3, 2027');
    expect(formatDate('en', '2027-03-02T20:30:00Z', 'America/Sao_Paulo')).toBe('Mar 2, 2027');
  });

  it('groups digits and writes percentages per locale', () => {
    expect(formatNumber('pt-BR', 12345.5)).toBe('12.345,5');
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
    expect(formatPercent('pt-BR', 40)).toBe('40%');
    expect(formatPercent('en', 40)).toBe('40%');
  });

  it("writes a file size in the unit a reader expects, with the locale's decimal mark", () => {
    expect(formatBytes('en', 57)).toBe('57 byte');
    expect(formatBytes('pt-BR', 1_536)).toBe('1,5 kB');
    expect(formatBytes('en', 2_400_000)).toBe('2.4 MB');
    expect(formatBytes('zh-CN', 2_400_000)).toBe('2.4 MB');
  });

  it('shows a dash for a missing date', () => {
    expect(formatDate('en', null)).toBe('—');
  });
});
