import { returnedRows } from './returned-rows';

describe('returnedRows', () => {
  const rows = [{ id: 'a' }, { id: 'b' }];

  it('takes the rows out of the [rows, affectedCount] answer', () => {
    expect(returnedRows([rows, 2])).toEqual(rows);
    expect(returnedRows([[], 0])).toEqual([]);
  });

  it('passes bare rows through, even two of them', () => {
    expect(returnedRows(rows)).toBe(rows);
    expect(returnedRows([])).toEqual([]);
  });

  it('does not mistake a row holding an array for the pair', () => {
    const odd = [[1, 2], 3];
    expect(returnedRows([odd, 1])).toEqual(odd);
  });
});
