import { MethodologyError, MethodologyErrorCode } from './errors';
import { divideUnits, formatDimensions, isDimensionless, multiplyUnits, parseUnit, sameDimensions, sameUnit } from './units';

describe('units', () => {
  it('multiplies hectares by tonnes of carbon per hectare into tonnes of carbon', () => {
    expect(sameDimensions(multiplyUnits(parseUnit('ha'), parseUnit('tC/ha')), parseUnit('tC'))).toBe(true);
  });

  it('turns tC into tCO2e only through a declared tCO2e/tC factor', () => {
    const converted = multiplyUnits(parseUnit('tC'), parseUnit('tCO2e/tC'));
    expect(formatDimensions(converted)).toBe('tCO2e');
    expect(sameDimensions(parseUnit('tC'), parseUnit('tCO2e'))).toBe(false);
  });

  it('reads left to right: tC/ha/yr is tC per ha per year', () => {
    expect(formatDimensions(parseUnit('tC/ha/yr'))).toBe('tC/ha/yr');
    expect(sameUnit(parseUnit('tC/ha/yr'), parseUnit('tC/(ha*yr)'))).toBe(true);
    expect(formatDimensions(parseUnit('1/yr'))).toBe('1/yr');
    expect(formatDimensions(parseUnit('ha^2'))).toBe('ha^2');
    expect(formatDimensions(parseUnit('CNY/tCO2e'))).toBe('CNY/tCO2e');
  });

  it('treats %, 1, dimensionless and the empty unit as dimensionless, % with scale 1/100', () => {
    for (const text of ['%', '1', 'dimensionless', '']) expect(isDimensionless(parseUnit(text))).toBe(true);
    expect(parseUnit('%').scale.toFractionString()).toBe('1/100');
    expect(parseUnit('%/yr').scale.toFractionString()).toBe('1/100');
    expect(formatDimensions(parseUnit('%/yr'))).toBe('1/yr');
  });

  it('carries the scale of smaller and larger units', () => {
    expect(parseUnit('m2').scale.toFractionString()).toBe('1/10000');
    expect(parseUnit('km2').scale.toFractionString()).toBe('100');
    expect(parseUnit('kgCO2e').scale.toFractionString()).toBe('1/1000');
    expect(sameUnit(parseUnit('MgC'), parseUnit('tC'))).toBe(true);
    expect(divideUnits(parseUnit('kgC'), parseUnit('m2')).scale.toFractionString()).toBe('10');
  });

  it('keeps dry matter, carbon, CO2e and each currency apart', () => {
    expect(sameDimensions(parseUnit('t_dm'), parseUnit('tC'))).toBe(false);
    expect(sameDimensions(parseUnit('CNY'), parseUnit('USD'))).toBe(false);
    expect(formatDimensions(multiplyUnits(parseUnit('t_dm/ha'), parseUnit('tC/t_dm')))).toBe('tC/ha');
  });

  it('makes soil carbon from depth × bulk density × carbon fraction × area', () => {
    const soc = [parseUnit('cm'), parseUnit('g/cm3'), parseUnit('tC/t_dm'), parseUnit('ha')].reduce(multiplyUnits);
    expect(formatDimensions(soc)).toBe('tC');
    // 1 cm × 1 g/cm3 = 1 g/cm2 = 100 t/ha.
    expect(soc.scale.toFractionString()).toBe('100');
    expect(sameUnit(parseUnit('Mg/m3'), parseUnit('g/cm3'))).toBe(true);
    expect(sameUnit(parseUnit('m*m'), parseUnit('m2'))).toBe(true);
    expect(formatDimensions(parseUnit('m3'))).toBe('hm^3');
  });

  it('keeps CH4 and N2O apart from CO2e until a GWP converts them', () => {
    expect(sameDimensions(parseUnit('tCH4'), parseUnit('tCO2e'))).toBe(false);
    expect(formatDimensions(multiplyUnits(parseUnit('kgCH4/ha/yr'), parseUnit('tCO2e/tCH4')))).toBe('tCO2e/ha/yr');
    expect(sameDimensions(multiplyUnits(parseUnit('tN2O'), parseUnit('tCO2e/tCH4')), parseUnit('tCO2e'))).toBe(false);
    expect(parseUnit('kgN2O').scale.toFractionString()).toBe('1/1000');
  });

  it.each([
    ['tonnes', MethodologyErrorCode.UnitUnknown, 0],
    ['tC/hectare', MethodologyErrorCode.UnitUnknown, 3],
    ['t', MethodologyErrorCode.UnitAmbiguous, 0],
    ['t/ha', MethodologyErrorCode.UnitAmbiguous, 0],
    ['tC/', MethodologyErrorCode.UnitSyntax, 3],
    ['tC//ha', MethodologyErrorCode.UnitSyntax, 3],
    ['(tC/ha', MethodologyErrorCode.UnitSyntax, 6],
    ['ha^x', MethodologyErrorCode.UnitSyntax, 3],
    ['tC ha', MethodologyErrorCode.UnitSyntax, 3],
    ['g', MethodologyErrorCode.UnitAmbiguous, 0],
    ['Mg/ha', MethodologyErrorCode.UnitAmbiguous, 0],
  ])('refuses %j with %s at %i', (text, code, position) => {
    let error: unknown;
    try {
      parseUnit(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MethodologyError);
    expect((error as MethodologyError).code).toBe(code);
    expect((error as MethodologyError).location.position).toBe(position);
  });
});
