import type { Actor } from '@bluecarbon/identity';
import { averagePrice, dashboardScope, toCsv, usdCents } from './dashboard';

const member = (role: string, organisationKind: string, jurisdictionCode: string | null = null) => ({
  organisationId: 'o',
  organisationKind,
  role,
  jurisdictionCode,
  jurisdictionId: null,
  locales: [],
});
const actor = (...memberships: ReturnType<typeof member>[]): Actor => ({ userId: 'u', memberships }) as Actor;

describe('dashboard scope', () => {
  it('the steward follows every city with drafts, ICLEI every partner without, a city only itself, a translator nothing', () => {
    expect(dashboardScope(actor(member('steward', 'steward')), ['registered'])).toMatchObject({ allPartners: true, everyState: true });
    expect(dashboardScope(actor(member('observer', 'international')), ['registered'])).toMatchObject({ allPartners: true, everyState: false });
    expect(dashboardScope(actor(member('coordinator', 'jurisdiction', 'CN-GD-ENPING')), ['registered'])).toMatchObject({
      allPartners: false,
      ownCodes: ['CN-GD-ENPING'],
    });
    expect(dashboardScope(actor(member('translator', 'language_team')), ['registered'])).toBeNull();
  });
});

describe('dashboard money', () => {
  it('rounds US dollars half to even to the cent and averages by volume', () => {
    expect(usdCents('10.125')).toBe('10.12');
    expect(usdCents('10.135')).toBe('10.14');
    expect(usdCents(null)).toBeNull();
    // 10 t at 1 and 30 t at 2: 70 / 40, not the mean of the prices.
    expect(averagePrice('70', '40', 2)).toBe('1.75');
    expect(averagePrice('100', '3', 6)).toBe('33.333333');
    expect(averagePrice('0', '0', 2)).toBeNull();
  });
});

describe('CSV export', () => {
  it('quotes as RFC 4180 says, starts with a BOM and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, never numbers', () => {
    const csv = toCsv(['v'], [['=HYPERLINK("http://evil")'], ['+1+1'], ['-2+3'], ['@SUM(A1)'], ['\tx'], ['-12.5'], [42], ['Enping']]);
    expect(csv.replace('\uFEFF', '').split('\r\n')).toEqual([
      'v',
      `"'=HYPERLINK(""http://evil"")"`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      '-12.5',
      '42',
      'Enping',
      '',
    ]);
  });
});
