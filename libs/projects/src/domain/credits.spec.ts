import { availableTonnes, inUsd, isCurrency, parseFxCsv, saleSerials, saleTotal } from './credits';

describe('credits and money', () => {
  it('keeps the buffer and what was sold out of what is available, never below zero', () => {
    expect(availableTonnes({ issued: 110, buffer: 10, sold: 60 })).toBe(40);
    expect(availableTonnes({ issued: 110, buffer: 10, sold: 100 })).toBe(0);
    expect(availableTonnes({ issued: 5, buffer: 10, sold: 0 })).toBe(0);
  });

  it('gives a sale the next contiguous serials of the vintage, never the buffer’s', () => {
    const stocks = [{ prefix: 'BCP-X', next: 101, lastSaleable: 200 }];
    expect(saleSerials(stocks, 40)).toEqual({ prefix: 'BCP-X', first: 101, last: 140 });
    expect(saleSerials(stocks, 100)).toEqual({ prefix: 'BCP-X', first: 101, last: 200 });
    expect(saleSerials(stocks, 101)).toBeNull();
    expect(saleSerials([{ prefix: 'A', next: 10, lastSaleable: 10 }, ...stocks], 2)).toEqual({ prefix: 'BCP-X', first: 101, last: 102 });
  });

  it('computes money exactly: 3,756 t at CNY 485 and 0.1 × 3 without binary rounding', () => {
    expect(saleTotal('485', 3756)).toBe('1821660');
    expect(saleTotal('0.1', 3)).toBe('0.3');
    expect(inUsd('485', '0.1370')).toBe('66.44'); // 66.445, half to even
  });

  it('knows ISO 4217 codes', () => {
    expect(['CNY', 'USD', 'BRL', 'EUR'].every(isCurrency)).toBe(true);
    expect(isCurrency('XYZ')).toBe(false);
    expect(isCurrency('cny')).toBe(false);
  });

  it('reads FX CSV lines and names every bad one', () => {
    const { rows, issues } = parseFxCsv(
      'currency,date,usd_per_unit,source\nCNY,2023-09-14,0.1371,PBOC\nBRL,2023-02-30,0.19\nXYZ,2023-09-14,1\nCNY,2023-09-15,0\nCNY,2023-09-15\n',
    );
    expect(rows).toEqual([{ currency: 'CNY', date: '2023-09-14', usdPerUnit: '0.1371', source: 'PBOC' }]);
    expect(issues).toEqual([
      { line: 3, rule: 'fxDate' },
      { line: 4, rule: 'currencyCode' },
      { line: 5, rule: 'fxRate' },
      { line: 6, rule: 'fxCsvColumns' },
    ]);
  });
});
