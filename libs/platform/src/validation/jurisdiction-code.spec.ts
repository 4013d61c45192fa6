import { JURISDICTION_CODE } from './jurisdiction-code';

describe('jurisdiction codes', () => {
  it.each(['BR', 'BR-SE', 'CN-GD-ENPING', 'BR-RJ-NITEROI', 'CN-GD-TAISHAN', 'ZZ-T30AD7EF00D', 'CN-GD-SZ-FUTIAN'])('accepts %s', (code) => {
    expect(JURISDICTION_CODE.test(code)).toBe(true);
  });

  it.each(['', 'br', 'BRA', 'BR-', 'BR-se', 'CN-GD-ENPING-A-B', 'CN_GD', 'BR-SE ', `BR-${'X'.repeat(17)}`])('refuses %j', (code) => {
    expect(JURISDICTION_CODE.test(code)).toBe(false);
  });
});
