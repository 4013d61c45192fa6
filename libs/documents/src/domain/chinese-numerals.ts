/**
 * Numbers written in Chinese characters (二十, 三千七百五十六, 一点五, 两万, 一亿二千万,
 * 二〇二四), as exact decimal strings. QA compares them with the digits of the other
 * language, so a mistyped 三千七百六十五 for 3,756 is caught and a correct one is not reported.
 *
 * Only runs of two characters or more are read: a single 一 is mostly a word (一个, 统一,
 * 一起), as 万一 and 千万 ("in case", "by all means") are; a single numeral is read only as
 * a month (八月), which QA treats like a month name. 千 before a unit character (千克 kg,
 * 千米 km) is the unit prefix, not a thousand.
 */
import Decimal from 'decimal.js';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const KILO_UNITS = /^[克米瓦焦帕卡]/;

/** A run that starts with a digit character or 十 and goes on with numeral characters. */
const RUN = /[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?/gu;

export interface ChineseNumber {
  raw: string;
  value: string;
  start: number;
  end: number;
  /** A month (八月): matched against the other text's numbers but never reported by itself. */
  month: boolean;
}

export function chineseNumbers(text: string): ChineseNumber[] {
  const found: ChineseNumber[] = [];
  for (const match of text.matchAll(RUN)) {
    let raw = match[0];
    const start = match.index ?? 0;
    // 五千克 is five kilograms: the run stops before the unit prefix.
    const kilo = raw.indexOf('千');
    if (kilo >= 0 && raw.lastIndexOf('千') === raw.length - 1 && KILO_UNITS.test(text.slice(start + raw.length))) raw = raw.slice(0, kilo);
    const month = text[start + raw.length] === '月' && /^(?:[一二三四五六七八九]|十[一二]?)$/.test(raw);
    if ([...raw].length < 2 && !month) continue;
    const value = parseChineseNumeral(raw);
    if (value === null) continue;
    found.push({ raw, value, start, end: start + raw.length, month });
  }
  return found;
}

/** The value of one numeral, or null when the characters do not form a number. */
export function parseChineseNumeral(raw: string): string | null {
  const [integerPart, fractionPart] = raw.split('点');
  const integer = /[十百千万亿]/.test(integerPart) ? positional(integerPart) : digitByDigit(integerPart);
  if (integer === null) return null;
  if (fractionPart === undefined) return integer.toFixed();
  const fraction = digitByDigit(fractionPart);
  return fraction === null ? null : new Decimal(`${integer.toFixed()}.${[...fractionPart].map((c) => DIGITS[c]).join('')}`).toFixed();
}

/** 二〇二四 (a year read out): four digits or more, or with a zero character. */
function digitByDigit(raw: string): Decimal | null {
  const chars = [...raw];
  if (chars.some((c) => DIGITS[c] === undefined)) return null;
  if (chars.length > 1 && chars.length < 4 && !/[〇零]/.test(raw)) return null; // 一一, 三三: words, not numbers
  return new Decimal(chars.map((c) => DIGITS[c]).join(''));
}

/** 三千七百五十六, 一亿二千万, 十二: digits times units, sections of 万 and 亿. */
function positional(raw: string): Decimal | null {
  let yi = new Decimal(0); // the part counted in 亿
  let wan = new Decimal(0); // the part counted in 万, below 亿
  let section = new Decimal(0); // below 万
  let digit: number | null = null;
  for (const char of raw) {
    if (char in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[char] !== 0) return null; // 三四十: an approximation, not one number
      digit = DIGITS[char];
    } else if (char in SMALL_UNITS) {
      section = section.plus(new Decimal(digit ?? 1).times(SMALL_UNITS[char]));
      digit = null;
    } else if (char === '万' || char === '亿') {
      const below = section.plus(digit ?? 0);
      if (char === '万') {
        if (below.isZero()) return null; // 万一
        wan = below.times(10_000);
      } else {
        const all = wan.plus(below);
        if (all.isZero() && yi.isZero()) return null;
        yi = yi.plus(all).times(100_000_000);
        wan = new Decimal(0);
      }
      section = new Decimal(0);
      digit = null;
    } else return null;
  }
  return yi
    .plus(wan)
    .plus(section)
    .plus(digit ?? 0);
}
