/**
 * QA checks on one translated segment. Each returns findings; an `error` blocks approval, a
 * `warning` is shown to the translator and reviewer. Messages are i18n keys with params.
 */
import { termsFor, type Glossary } from './glossary';
import { extractNumbers, missingNumbers } from './numbers';
import { PLACEHOLDER_PATTERN, stripPlaceholders, tokenize } from './placeholders';
import { hasLetter, isSpacelessChar, isSpacelessLocale, normaliseText } from './text';

export type QaCheck = 'empty' | 'identical' | 'whitespace' | 'placeholders' | 'numbers' | 'glossary' | 'punctuation';
export type QaSeverity = 'error' | 'warning';

export interface QaFinding {
  check: QaCheck;
  severity: QaSeverity;
  /** i18n key of the message, e.g. `documents.qa.numbers.missing`. */
  messageKey: string;
  params: Record<string, string | number>;
}

export interface QaInput {
  source: string;
  target: string;
  sourceLocale: string;
  targetLocale: string;
}

export interface QaOptions {
  glossary?: Glossary;
}

/**
 * Every QA message, `documents.qa.<check>.<detail>`, with the params its text may use; a
 * finding must pass exactly those (the translations spec checks the texts use no others).
 */
export const QA_MESSAGES = {
  empty: { empty: [] },
  identical: { identical: [] },
  whitespace: { leading: ['source', 'target'], trailing: ['source', 'target'], double: [] },
  placeholders: { missing: ['placeholder'], duplicated: ['placeholder'], unexpected: ['placeholder'], unbalanced: ['placeholder'], markupAsText: ['markup'] },
  numbers: { missing: ['number', 'value'], unexpected: ['number', 'value'], format: ['number', 'locale'] },
  glossary: { missing: ['term', 'expected'], forbidden: ['term', 'preferred'] },
  punctuation: { endMismatch: ['expected', 'found', 'char'], width: ['found', 'expected'] },
} as const satisfies Record<QaCheck, Record<string, readonly string[]>>;

type QaDetail<C extends QaCheck> = keyof (typeof QA_MESSAGES)[C] & string;
type QaParams<C extends QaCheck, D extends QaDetail<C>> = (typeof QA_MESSAGES)[C][D] extends readonly (infer Name extends string)[]
  ? Record<Name, string | number>
  : never;

const finding = <C extends QaCheck, D extends QaDetail<C>>(
  check: C,
  severity: QaSeverity,
  detail: D,
  ...[params]: keyof QaParams<C, D> extends never ? [] : [QaParams<C, D>]
): QaFinding => ({
  check,
  severity,
  messageKey: `documents.qa.${check}.${detail}`,
  params: params ?? {},
});

export function checkEmpty(input: QaInput): QaFinding[] {
  return input.target.trim() === '' ? [finding('empty', 'error', 'empty')] : [];
}

/**
 * Same as the source although the source has words. Sources with fewer than three letters
 * (a variable `a`, a unit `ha`) are not reported; names and codes may legitimately stay too.
 */
export function checkIdentical(input: QaInput): QaFinding[] {
  const source = normaliseText(input.source);
  const letters = stripPlaceholders(source).match(/\p{L}/gu)?.length ?? 0;
  return letters >= 3 && hasLetter(stripPlaceholders(source)) && normaliseText(input.target) === source ? [finding('identical', 'warning', 'identical')] : [];
}

export function checkWhitespace(input: QaInput): QaFinding[] {
  if (input.target.trim() === '') return [];
  const findings: QaFinding[] = [];
  const lead = (s: string): string => /^\s*/.exec(s)?.[0] ?? '';
  const trail = (s: string): string => /\s*$/.exec(s)?.[0] ?? '';
  if (lead(input.source) !== lead(input.target))
    findings.push(finding('whitespace', 'warning', 'leading', { source: lead(input.source).length, target: lead(input.target).length }));
  if (trail(input.source) !== trail(input.target))
    findings.push(finding('whitespace', 'warning', 'trailing', { source: trail(input.source).length, target: trail(input.target).length }));
  if (/ {2,}/.test(input.target.trim()) && !/ {2,}/.test(input.source.trim())) findings.push(finding('whitespace', 'warning', 'double'));
  return findings;
}

/**
 * Placeholders: every one of the source present exactly once, none invented, pairs opened
 * before they close and properly nested. Markdown typed as text (`**`, `](`, a backtick)
 * is flagged too: it would be escaped, not rendered.
 */
export function checkPlaceholders(input: QaInput): QaFinding[] {
  const findings: QaFinding[] = [];
  const names = (text: string): string[] => [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[0]);
  const count = (list: string[]): Map<string, number> => list.reduce((map, name) => map.set(name, (map.get(name) ?? 0) + 1), new Map<string, number>());
  const source = count(names(input.source));
  const target = count(names(input.target));
  for (const [name, n] of source) {
    const got = target.get(name) ?? 0;
    if (got === 0) findings.push(finding('placeholders', 'error', 'missing', { placeholder: name }));
    else if (got > n) findings.push(finding('placeholders', 'error', 'duplicated', { placeholder: name }));
  }
  for (const name of target.keys()) {
    if (!source.has(name)) findings.push(finding('placeholders', 'error', 'unexpected', { placeholder: name }));
  }
  const pairs = new Set(
    names(input.source)
      .filter((n) => n.startsWith('{/'))
      .map((n) => n.slice(2, -1)),
  );
  const stack: number[] = [];
  for (const token of tokenize(input.target)) {
    if (token.type === 'open' && pairs.has(String(token.n))) stack.push(token.n);
    else if (token.type === 'close') {
      if (stack[stack.length - 1] === token.n) stack.pop();
      else {
        findings.push(finding('placeholders', 'error', 'unbalanced', { placeholder: `{/${token.n}}` }));
        const at = stack.lastIndexOf(token.n);
        if (at >= 0) stack.splice(at, 1);
      }
    }
  }
  for (const n of stack) findings.push(finding('placeholders', 'error', 'unbalanced', { placeholder: `{${n}}` }));
  for (const markup of ['**', '__', '](', '`', '<a ', '<b>', '<i>']) {
    if (stripPlaceholders(input.target).includes(markup) && !stripPlaceholders(input.source).includes(markup)) {
      findings.push(finding('placeholders', 'warning', 'markupAsText', { markup }));
    }
  }
  return dedupe(findings);
}

/**
 * Numbers of the source all in the target (by value, each side read in its locale's format),
 * none added, and the target's written the target locale's way (`38.745,44` in pt-BR).
 */
export function checkNumbers(input: QaInput): QaFinding[] {
  const source = extractNumbers(stripPlaceholders(input.source), input.sourceLocale);
  const target = extractNumbers(stripPlaceholders(input.target), input.targetLocale);
  return [
    ...missingNumbers(source, target).map((t) => finding('numbers', 'error', 'missing', { number: t.raw, value: t.value })),
    ...missingNumbers(target, source).map((t) => finding('numbers', 'warning', 'unexpected', { number: t.raw, value: t.value })),
    // A number opening the text is a section number (`4.1 Âmbito`), not a decimal.
    ...target
      .filter((t) => t.foreignFormat && stripPlaceholders(input.target).slice(0, t.start).trim() !== '')
      .map((t) => finding('numbers', 'warning', 'format', { number: t.raw, locale: input.targetLocale })),
  ];
}

/** Each glossary term of the source rendered by one of its target terms; no forbidden variant used. */
export function checkGlossary(input: QaInput, glossary: Glossary): QaFinding[] {
  const findings: QaFinding[] = [];
  const target = stripPlaceholders(input.target);
  const targetIndex = glossary.index(input.targetLocale);
  const forbiddenSpans = targetIndex.find(target, { longestOnly: true }).filter((o) => o.status === 'forbidden');
  // `mangrove` inside the forbidden `mangrove swamp` does not count as the term used.
  const all = targetIndex.find(target).filter((o) => !forbiddenSpans.some((f) => f !== o && f.start <= o.start && o.end <= f.end));
  const seen = new Set<string>();
  for (const match of glossary.match(stripPlaceholders(input.source), input.sourceLocale, input.targetLocale)) {
    if (match.expected.length === 0 || seen.has(match.conceptId)) continue;
    seen.add(match.conceptId);
    const used = all.some((o) => o.conceptId === match.conceptId && o.status !== 'forbidden');
    if (!used) findings.push(finding('glossary', 'warning', 'missing', { term: match.sourceTerm, expected: match.expected[0] }));
  }
  for (const occurrence of forbiddenSpans) {
    const concept = glossary.concept(occurrence.conceptId);
    const preferred = concept ? termsFor(concept, input.targetLocale).find((t) => t.status === 'preferred')?.text : undefined;
    findings.push(finding('glossary', 'error', 'forbidden', { term: target.slice(occurrence.start, occurrence.end), preferred: preferred ?? '' }));
  }
  return findings;
}

type EndClass = 'period' | 'question' | 'exclamation' | 'colon' | 'semicolon' | 'ellipsis' | 'comma' | 'none';

const END_CLASSES: [RegExp, EndClass][] = [
  [/(?:…+|\.\.\.|⋯+)$/, 'ellipsis'],
  [/[.。．｡]$/, 'period'],
  [/[?？]$/, 'question'],
  [/[!！]$/, 'exclamation'],
  [/[:：]$/, 'colon'],
  [/[;；]$/, 'semicolon'],
  [/[,，、]$/, 'comma'],
];

function sentenceEnd(text: string): { kind: EndClass; char: string; before: string } {
  let body = stripPlaceholders(text).trimEnd();
  body = body.replace(/[\s"'”’»)）」』】》\]]+$/u, '');
  for (const [pattern, kind] of END_CLASSES) {
    const match = pattern.exec(body);
    if (match) return { kind, char: match[0], before: [...body.slice(0, match.index)].pop() ?? '' };
  }
  return { kind: 'none', char: '', before: '' };
}

/**
 * The sentence ends with the equivalent punctuation (`.` ≡ `。`, `?` ≡ `？`, `!` ≡ `！`,
 * `:` ≡ `：`), in the width the target's script uses: full width after Chinese text, ASCII in
 * English or Portuguese.
 */
export function checkPunctuation(input: QaInput): QaFinding[] {
  if (input.target.trim() === '') return [];
  const source = sentenceEnd(input.source);
  const target = sentenceEnd(input.target);
  const findings: QaFinding[] = [];
  if (source.kind !== target.kind) {
    findings.push(finding('punctuation', 'warning', 'endMismatch', { expected: source.kind, found: target.kind, char: target.char }));
  }
  if (target.kind !== 'none' && target.kind !== 'ellipsis') {
    const fullWidth = [...target.char].some((c) => (c.codePointAt(0) ?? 0) > 0x7f);
    const spaceless = isSpacelessLocale(input.targetLocale);
    if (spaceless && !fullWidth && isSpacelessChar(target.before)) {
      findings.push(finding('punctuation', 'warning', 'width', { found: target.char, expected: 'fullWidth' }));
    } else if (!spaceless && fullWidth) {
      findings.push(finding('punctuation', 'warning', 'width', { found: target.char, expected: 'ascii' }));
    }
  }
  return findings;
}

/** All checks. An empty target gets only the `empty` finding. */
export function runQaChecks(input: QaInput, options: QaOptions = {}): QaFinding[] {
  const empty = checkEmpty(input);
  if (empty.length) return empty;
  return [
    ...checkIdentical(input),
    ...checkWhitespace(input),
    ...checkPlaceholders(input),
    ...checkNumbers(input),
    ...(options.glossary ? checkGlossary(input, options.glossary) : []),
    ...checkPunctuation(input),
  ];
}

export function hasBlockingFindings(findings: readonly QaFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function dedupe(findings: QaFinding[]): QaFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.messageKey}|${JSON.stringify(f.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
