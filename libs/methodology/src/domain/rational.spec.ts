import fc from 'fast-check';
import { EngineDecimal, Rational } from './rational';

const q = (text: string) => Rational.parse(text);

describe('Rational', () => {
  it('reads decimals exactly, never through a binary float', () => {
    expect(q('0.1').add(q('0.2')).eq(q('0.3'))).toBe(true);
    expect(q('0.1').toFractionString()).toBe('1/10');
    expect(q('-1.25e2').toFractionString()).toBe('-125');
    expect(q('2.5e-3').toFractionString()).toBe('1/400');
    expect(q('.5').toFractionString()).toBe('1/2');
  });

  it('reads ratios of decimals', () => {
    expect(q('44/12').toFractionString()).toBe('11/3');
    expect(q('0.5/0.25').toFractionString()).toBe('2');
    expect(() => q('1/0')).toThrow(SyntaxError);
  });

  it('refuses text that is not a decimal', () => {
    for (const junk of ['', ' ', 'abc', '1.2.3', '1e', '0x10', 'NaN', 'Infinity', '1,5', '--1', '1e99999']) {
      expect(() => Rational.parseDecimal(junk)).toThrow(SyntaxError);
    }
  });

  it('hands values to and from decimal.js', () => {
    expect(Rational.fromDecimal(new EngineDecimal('0.1')).add(Rational.fromDecimal('0.2')).toDecimal().toString()).toBe('0.3');
    expect(Rational.fromDecimal('-1.5e-7').toFractionString()).toBe('-3/20000000');
    expect(Rational.fromDecimal('123456789.123456789').toDecimalString()).toBe('123456789.123456789');
    expect(q('2/3').toDecimal().toString()).toBe('0.6666666666666666666666666666666666666667');
    expect(() => Rational.fromDecimal(new EngineDecimal(Infinity))).toThrow(RangeError);
  });

  it('keeps a positive, reduced denominator', () => {
    const value = Rational.of(6n, -4n);
    expect([value.num, value.den]).toEqual([-3n, 2n]);
  });

  it('floors toward negative infinity', () => {
    expect(q('2.9').floor()).toBe(2n);
    expect(q('-2.1').floor()).toBe(-3n);
    expect(q('-2').floor()).toBe(-2n);
    expect(q('0.999').floor()).toBe(0n);
  });

  it('divides and powers exactly, and refuses zero divisors', () => {
    expect(q('1').div(q('3')).mul(q('3')).eq(Rational.ONE)).toBe(true);
    expect(q('1.5').pow(2n).toDecimalString()).toBe('2.25');
    expect(q('2').pow(-2n).toDecimalString()).toBe('0.25');
    expect(() => q('1').div(Rational.ZERO)).toThrow(RangeError);
    expect(() => Rational.ZERO.pow(-1n)).toThrow(RangeError);
  });

  describe('toDecimalString', () => {
    it.each([
      ['0', '0'],
      ['1/3', '0.3333333333333333333333333333333333333333'],
      ['2/3', '0.6666666666666666666666666666666666666667'],
      ['-2/3', '-0.6666666666666666666666666666666666666667'],
      ['7214.28125/3', '2404.760416666666666666666666666666666667'],
      ['1/8', '0.125'],
      ['123.4500', '123.45'],
      ['0.000001', '0.000001'],
      ['1e25', '10000000000000000000000000'],
      ['1e-30/3', '0.0000000000000000000000000000003333333333333333333333333333333333333333'],
      ['12345678901234567890123456789012345678905', '12345678901234567890123456789012345678900'],
      ['0.25', '0.25'],
    ])('%s → %s', (input, expected) => {
      expect(q(input).toDecimalString()).toBe(expected);
    });

    it('rounds half to even at the last shown digit', () => {
      expect(q('0.125').toDecimalString(2)).toBe('0.12');
      expect(q('0.135').toDecimalString(2)).toBe('0.14');
      expect(q('99.5').toDecimalString(2)).toBe('100');
    });

    it('gives back any decimal of at most 40 significant digits unchanged in value', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 39n), max: 10n ** 39n }), fc.integer({ min: 0, max: 30 }), (digits, scale) => {
          const text = scaled(digits, scale);
          expect(q(q(text).toDecimalString()).eq(q(text))).toBe(true);
        }),
      );
    });
  });

  it('obeys field laws exactly (no rounding anywhere)', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }))
      .map(([digits, scale]) => q(scaled(digits, scale)));
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        expect(
          a
            .add(b)
            .add(c)
            .eq(a.add(b.add(c))),
        ).toBe(true);
        expect(a.mul(b.add(c)).eq(a.mul(b).add(a.mul(c)))).toBe(true);
        if (!b.isZero()) expect(a.div(b).mul(b).eq(a)).toBe(true);
        expect(a.sub(b).add(b).eq(a)).toBe(true);
      }),
    );
  });
});

/** `digits × 10^-scale` written as a decimal string. */
function scaled(digits: bigint, scale: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const body = scale ? `${text.slice(0, text.length - scale)}.${text.slice(text.length - scale)}` : text;
  return negative ? `-${body}` : body;
}
